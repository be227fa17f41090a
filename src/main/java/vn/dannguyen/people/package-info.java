/**
 * The people who sign in: accounts stored in the database with PBKDF2 hashes, their roles (STAFF,
 * LEADER, AUDITOR, ADMIN) and commune, the Jakarta Security identity store and the signed-in
 * {@link vn.dannguyen.people.ActiveUser}.
 */
package vn.dannguyen.people;
