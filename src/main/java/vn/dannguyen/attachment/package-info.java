/** Uploaded files: checks on size, type (by content, not by name) and names, and storage outside the web root. */
package vn.dannguyen.attachment;
