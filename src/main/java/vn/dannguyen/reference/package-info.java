/**
 * Reference data an admin maintains: communes (xã, phường, đặc khu), their villages and residential
 * groups, their departments, and the petition categories every commune shares.
 */
package vn.dannguyen.reference;
