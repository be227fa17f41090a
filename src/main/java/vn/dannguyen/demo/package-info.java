/**
 * Demo data for the embedded default database: two communes of Tuyên Quang with villages and
 * departments, and one account per role. Loaded only when DANNGUYEN_DEMO_DATA=true and the database
 * has no accounts yet, never in production.
 */
package vn.dannguyen.demo;
