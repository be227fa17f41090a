/**
 * Uploaded files: checks on size, type (by content, not by name) and names, and storage outside the web root.
 * Uploads not saved yet wait on disk in the files directory's pending folder, within a limit per session.
 */
package vn.dannguyen.attachment;
