package vn.dannguyen.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dannguyen.audit.AuditVerification.Problem;

/**
 * Walks the chain from the first link, recomputing every link and the hash of every record it holds, and
 * reports the first one that does not match. Plain JDBC: the same class serves the page and the command line.
 */
public final class AuditChainVerifier {

    private static final int PAGE = 1000;

    private record Seal(long seq, char kind, long refId, String rowHash, String chainHash) {
    }

    private final Connection connection;

    public AuditChainVerifier(Connection connection) {
        this.connection = connection;
    }

    /** Checks the chain, and that every link in {@code anchored} (seq to hash, from the anchor file) is in it. */
    public AuditVerification verify(Map<Long, String> anchored) throws SQLException {
        AuditRecords records = new AuditRecords(connection);
        long pending = pendingRecords();
        String previous = AuditRecords.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<Seal> page = page(expectedSeq - 1);
            if (page.isEmpty()) {
                break;
            }
            Map<Long, String> revisions = hashes(records, page, AuditRecords.REVISION);
            Map<Long, String> events = hashes(records, page, AuditRecords.EVENT);
            for (Seal seal : page) {
                String link = AuditRecords.link(previous, seal.seq(), seal.kind(), seal.refId(), seal.rowHash());
                if (seal.seq() != expectedSeq || !link.equals(seal.chainHash())) {
                    return AuditVerification.broken(checked, pending, Problem.LINK_BROKEN, seal.seq(), seal.kind(), seal.refId());
                }
                String actual = (seal.kind() == AuditRecords.REVISION ? revisions : events).get(seal.refId());
                if (actual == null) {
                    return AuditVerification.broken(checked, pending, Problem.RECORD_MISSING, seal.seq(), seal.kind(), seal.refId());
                }
                if (!actual.equals(seal.rowHash())) {
                    return AuditVerification.broken(checked, pending, Problem.RECORD_CHANGED, seal.seq(), seal.kind(), seal.refId());
                }
                String anchoredHash = anchored.get(seal.seq());
                if (anchoredHash != null && !anchoredHash.equals(seal.chainHash())) {
                    return AuditVerification.broken(checked, pending, Problem.ANCHOR_MISMATCH, seal.seq(), seal.kind(), seal.refId());
                }
                previous = link;
                expectedSeq++;
                checked++;
            }
        }
        // Links written to the anchor but no longer in the database: the chain was cut short.
        long lastSeq = expectedSeq - 1;
        Long beyond = anchored.keySet().stream().filter(seq -> seq > lastSeq).findFirst().orElse(null);
        if (beyond != null) {
            return AuditVerification.broken(checked, pending, Problem.ANCHOR_MISMATCH, beyond, null, null);
        }
        Optional<long[]> inserted = insertedRecord();
        if (inserted.isPresent()) {
            return AuditVerification.broken(checked, pending, Problem.RECORD_INSERTED, null,
                    (char) inserted.get()[0], inserted.get()[1]);
        }
        return AuditVerification.intact(checked, pending);
    }

    private List<Seal> page(long afterSeq) throws SQLException {
        List<Seal> seals = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select seq, kind, ref_id, row_hash, chain_hash from audit_seal where seq > ? order by seq limit " + PAGE)) {
            statement.setLong(1, afterSeq);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    seals.add(new Seal(rows.getLong(1), rows.getString(2).charAt(0), rows.getLong(3), rows.getString(4),
                            rows.getString(5)));
                }
            }
        }
        return seals;
    }

    /** The current hashes of the records of one kind that a page of links holds, read in few queries. */
    private static Map<Long, String> hashes(AuditRecords records, List<Seal> page, char kind) throws SQLException {
        List<Long> ids = page.stream().filter(s -> s.kind() == kind).map(Seal::refId).sorted().toList();
        Map<Long, String> hashes = new HashMap<>();
        int start = 0;
        while (start < ids.size()) {
            // Ids sealed together are nearly consecutive; read them in ranges, never a range much wider than the ids.
            int end = start;
            while (end + 1 < ids.size() && ids.get(end + 1) - ids.get(start) < 2L * PAGE) {
                end++;
            }
            long from = ids.get(start);
            long to = ids.get(end);
            hashes.putAll(kind == AuditRecords.REVISION ? records.revisionHashes(from, to) : records.eventHashes(from, to));
            start = end + 1;
        }
        return hashes;
    }

    private long pendingRecords() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select (select count(*) from audit_revision where sealed_at is null)"
                        + " + (select count(*) from audit_event where sealed_at is null)");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A record marked sealed that no link holds, if any: {kind, id}. */
    private Optional<long[]> insertedRecord() throws SQLException {
        String[][] queries = {
                {"R", "select r.id from audit_revision r where r.sealed_at is not null and not exists"
                        + " (select 1 from audit_seal s where s.kind = 'R' and s.ref_id = r.id) limit 1"},
                {"E", "select e.id from audit_event e where e.sealed_at is not null and not exists"
                        + " (select 1 from audit_seal s where s.kind = 'E' and s.ref_id = e.id) limit 1"}};
        for (String[] query : queries) {
            try (PreparedStatement statement = connection.prepareStatement(query[1]);
                 ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    return Optional.of(new long[] {query[0].charAt(0), rows.getLong(1)});
                }
            }
        }
        return Optional.empty();
    }
}
