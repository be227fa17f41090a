package vn.dannguyen.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** What the auditor searches the history for; every criterion is optional. */
public class HistoryFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private LocalDate from;
    private LocalDate to;
    /** An audited entity's simple name (Petition, Assignment, ...) or an event kind. */
    private String record;
    private String trackingCode;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getRecord() { return record; }
    public void setRecord(String record) { this.record = record; }
    public String getTrackingCode() { return trackingCode; }
    public void setTrackingCode(String trackingCode) { this.trackingCode = trackingCode; }
}
