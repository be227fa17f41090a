/**
 * Legal time limits: the Vietnamese working-day calendar (weekends, public holidays with Tết and Hùng
 * Kings day from the lunar calendar, admin-edited exceptions) and the rules that turn a petition's
 * date of receipt into its deadlines.
 */
package vn.dannguyen.deadline;
