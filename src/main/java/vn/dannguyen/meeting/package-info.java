/**
 * Constituent (voter-contact) meetings: cycles around council sessions or themes, each meeting's
 * villages, deputies, voters, form, interpreter and minutes. Petitions raised at a meeting live in
 * {@code petition}.
 */
package vn.dannguyen.meeting;
