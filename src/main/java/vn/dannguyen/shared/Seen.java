package vn.dannguyen.shared;

import java.io.Serializable;

/**
 * A record as the user saw it: its id and the version they started from. A change made from what they saw
 * is refused when the record moved on since ({@link Jpa#current}).
 */
public record Seen(long id, long version) implements Serializable {
}
