/** The home page of each role: where a user lands after signing in, with what their role needs first. */
package vn.dannguyen.home;
