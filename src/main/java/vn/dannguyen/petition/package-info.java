/**
 * Petitions from every channel: intake with a tracking code and receipt, recurrences of a wish raised
 * again, the petition list with keyset paging, accent-insensitive search (Hibernate Search, Lucene),
 * and Excel import and export.
 */
package vn.dannguyen.petition;
