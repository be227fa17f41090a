package vn.dannguyen.shared;

/**
 * A CDI event: the signed-in user took data out of the system as a file ({@code audit} records it).
 *
 * @param what the file's name and, for a list, how many rows it held
 */
public record Exported(String what) {
}
