package vn.dannguyen.audit;

import java.time.Instant;

/**
 * One line of the history search: a change to one record in one revision, or one audit event.
 * {@code petitionId} links to the petition's timeline when the record belongs to a petition.
 */
public record HistoryRow(Instant at, String username, String ipAddress, Long revision, String record, String recordId,
                         String action, Long petitionId, String trackingCode, String detail) {
}
