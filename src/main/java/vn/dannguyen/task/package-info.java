/**
 * The leaders' workflow: the petition state machine, assignment to departments and officers with
 * deadlines, progress, answers to voters, closing and reopening, each change recorded with who, when
 * and why.
 */
package vn.dannguyen.task;
