/**
 * Legal time limits: the Vietnamese working-day calendar (weekends, public holidays with Tết and Hùng
 * Kings day from the lunar calendar, admin-edited exceptions) and the rules that turn a petition's
 * date of receipt into its deadlines. DeadlineService gives them to the other features from a shared copy;
 * DeadlineReader, which reads them for that copy, is a bean of its own only so that no caller waits for its own
 * bean's pool.
 */
package vn.dannguyen.deadline;
