package vn.dannguyen.audit;

import java.time.Instant;

/**
 * One line of the history search: a change to one record in one revision, or one audit event.
 * {@code petitionId} links to the petition's timeline when the record belongs to a petition.
 * {@code detailHidden}: the detail is personal data the reader may not know, and is left out.
 */
public record HistoryRow(Instant at, String username, String ipAddress, Long revision, String record, String recordId,
                         String action, Long petitionId, String trackingCode, String detail, boolean detailHidden) {

    HistoryRow withDetailHidden() {
        return new HistoryRow(at, username, ipAddress, revision, record, recordId, action, petitionId, trackingCode,
                null, true);
    }
}
