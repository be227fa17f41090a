package vn.dannguyen.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Takes committed audit records not yet in the chain and links them in, one batch per transaction. The
 * records were written with their changes; sealing follows within a minute (AuditSealTimer) and before
 * every verification.
 */
@Stateless
@PermitAll
public class AuditSealer {

    static final int BATCH = 500;

    @Resource(lookup = "java:jboss/datasources/DanNguyenDS")
    DataSource dataSource;

    /** Seals up to one batch; returns the new head, or empty when nothing was waiting. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<AuditLink> sealBatch() {
        try (Connection connection = dataSource.getConnection()) {
            AuditLink head = head(connection);
            AuditRecords records = new AuditRecords(connection);
            List<Long> revisions = pending(connection, "audit_revision");
            List<Long> events = revisions.size() < BATCH ? pending(connection, "audit_event") : List.of();
            if (revisions.isEmpty() && events.isEmpty()) {
                return Optional.empty();
            }
            Map<Long, String> revisionHashes = revisions.isEmpty() ? Map.of()
                    : records.revisionHashes(revisions.get(0), revisions.get(revisions.size() - 1));
            Map<Long, String> eventHashes = events.isEmpty() ? Map.of()
                    : records.eventHashes(events.get(0), events.get(events.size() - 1));
            Instant now = Instant.now();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into audit_seal (seq, kind, ref_id, row_hash, chain_hash, sealed_at) values (?, ?, ?, ?, ?, ?)")) {
                head = link(insert, head, AuditRecords.REVISION, revisions, revisionHashes, now);
                head = link(insert, head, AuditRecords.EVENT, events, eventHashes, now);
                insert.executeBatch();
            }
            markSealed(connection, "audit_revision", revisions, now);
            markSealed(connection, "audit_event", events, now);
            return Optional.of(head);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seal audit records", e);
        }
    }

    private static AuditLink link(PreparedStatement insert, AuditLink head, char kind, List<Long> ids,
                                  Map<Long, String> hashes, Instant now) throws SQLException {
        for (Long id : ids) {
            long seq = head.seq() + 1;
            String rowHash = hashes.get(id);
            String chainHash = AuditRecords.link(head.hash(), seq, kind, id, rowHash);
            insert.setLong(1, seq);
            insert.setString(2, String.valueOf(kind));
            insert.setLong(3, id);
            insert.setString(4, rowHash);
            insert.setString(5, chainHash);
            insert.setTimestamp(6, Timestamp.from(now));
            insert.addBatch();
            head = new AuditLink(seq, chainHash);
        }
        return head;
    }

    /** The last link, locked so that two sealers can never extend the chain from the same head. */
    private static AuditLink head(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select seq, chain_hash from audit_seal order by seq desc limit 1 for update");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? new AuditLink(rows.getLong(1), rows.getString(2)) : AuditLink.GENESIS;
        }
    }

    private static List<Long> pending(Connection connection, String table) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select id from " + table + " where sealed_at is null order by id limit " + BATCH);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static void markSealed(Connection connection, String table, List<Long> ids, Instant now) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update " + table + " set sealed_at = ? where id = ?")) {
            for (Long id : ids) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
