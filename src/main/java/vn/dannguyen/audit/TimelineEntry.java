package vn.dannguyen.audit;

import java.time.Instant;
import java.util.List;

/**
 * One step in the history of a petition: a revision that touched the petition or a record belonging to it
 * (assignment, transition, attachment), or an event such as a view of its personal data.
 * {@code action} is ADD/MOD/DEL for a revision, the event kind otherwise.
 */
public record TimelineEntry(Instant at, String username, String ipAddress, Long revision, String record, Long recordId,
                            String action, List<FieldChange> changes) {
}
