/** The home page of each role: where a user lands after signing in, with what their role needs first; and the menu of what each role may open. */
package vn.dannguyen.home;
