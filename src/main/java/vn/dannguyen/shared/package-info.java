/**
 * What is truly cross-cutting: schema migration at start-up, the dialect choice, messages in the
 * user's language, business exceptions and the web plumbing every page shares.
 */
package vn.dannguyen.shared;
