/**
 * What citizens see without signing in: the status of a petition looked up by its tracking code, and
 * never anyone's personal data.
 */
package vn.dannguyen.citizen;
