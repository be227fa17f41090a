/** Read-only figures and reports: the leader dashboard's counts. Writes nothing. */
package vn.dannguyen.report;
