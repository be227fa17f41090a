package vn.dannguyen.audit;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import vn.dannguyen.shared.HistoryRevision;

/**
 * One Envers revision: a transaction that changed audited data, with who made it and when. Envers writes it
 * in the same transaction as the change; the entity names let the auditor search by kind of record.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision implements HistoryRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    /** Milliseconds since the epoch (UTC): the form Envers fills in itself. */
    @RevisionTimestamp
    @Column(name = "changed_at_millis", nullable = false)
    private long changedAtMillis;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "ip_address", length = 45)
    private String ipAddress;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_revision_entity", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "entity_name", nullable = false, length = 120)
    @ModifiedEntityNames
    private Set<String> entityNames = new HashSet<>();

    /** When the tamper-evidence chain took this revision in; not part of what is hashed. */
    @Column(name = "sealed_at")
    private Instant sealedAt;

    public Long getId() { return id; }
    public long getChangedAtMillis() { return changedAtMillis; }
    public Instant getChangedAt() { return Instant.ofEpochMilli(changedAtMillis); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getIpAddress() { return ipAddress; }
    public void setIpAddress(String ipAddress) { this.ipAddress = ipAddress; }
    public Set<String> getEntityNames() { return entityNames; }
}
