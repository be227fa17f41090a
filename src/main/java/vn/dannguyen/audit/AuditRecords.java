package vn.dannguyen.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical text of stored audit records and their hashes. Plain JDBC, so that the server and the
 * command-line verifier read the very same bytes. A revision's text covers its own row, the names of the
 * entities it changed and every row of every {@code *_aud} table that carries its number.
 */
public final class AuditRecords {

    public static final String GENESIS = "0".repeat(64);
    public static final char REVISION = 'R';
    public static final char EVENT = 'E';

    private final Connection connection;
    private final List<String> auditTables;

    public AuditRecords(Connection connection) throws SQLException {
        this.connection = connection;
        this.auditTables = auditTables(connection);
    }

    /** Every table of the current schema whose name ends in _aud, by name. */
    private static List<String> auditTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = database()"
                        + " and table_name like '%\\_aud' order by table_name");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Hashes of the revisions with ids in [from, to], by id; a revision that no longer exists is absent. */
    public Map<Long, String> revisionHashes(long from, long to) throws SQLException {
        Map<Long, StringBuilder> texts = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, changed_at_millis, username, ip_address from audit_revision where id between ? and ?")) {
            statement.setLong(1, from);
            statement.setLong(2, to);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    texts.put(rows.getLong(1), new StringBuilder("audit_revision").append(row(rows)).append('\n'));
                }
            }
        }
        appendRows(texts, "audit_revision_entity", "revision_id", from, to);
        for (String table : auditTables) {
            appendRows(texts, table, "rev", from, to);
        }
        Map<Long, String> hashes = new TreeMap<>();
        texts.forEach((id, text) -> hashes.put(id, sha256(text.toString())));
        return hashes;
    }

    /** Hashes of the audit events with ids in [from, to], by id. */
    public Map<Long, String> eventHashes(long from, long to) throws SQLException {
        Map<Long, String> hashes = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, occurred_at, username, kind, petition_id, subject, detail, ip_address from audit_event"
                        + " where id between ? and ?")) {
            statement.setLong(1, from);
            statement.setLong(2, to);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    hashes.put(rows.getLong(1), sha256("audit_event" + row(rows)));
                }
            }
        }
        return hashes;
    }

    /** Adds the rows of {@code table} to the text of the revision they belong to, in a fixed order. */
    private void appendRows(Map<Long, StringBuilder> texts, String table, String revisionColumn, long from, long to)
            throws SQLException {
        Map<Long, List<String>> rowsByRevision = new TreeMap<>();
        // Table names come from information_schema, never from input.
        try (PreparedStatement statement = connection.prepareStatement(
                "select * from " + table + " where " + revisionColumn + " between ? and ?")) {
            statement.setLong(1, from);
            statement.setLong(2, to);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long revision = rows.getLong(revisionColumn);
                    rowsByRevision.computeIfAbsent(revision, r -> new ArrayList<>()).add(table + row(rows));
                }
            }
        }
        rowsByRevision.forEach((revision, rows) -> {
            StringBuilder text = texts.get(revision);
            if (text == null) {
                // Rows of a revision that is gone: keep them, so the missing revision still shows up as changed.
                text = new StringBuilder("missing-revision\n");
                texts.put(revision, text);
            }
            rows.sort(null);
            rows.forEach(line -> texts.get(revision).append(line).append('\n'));
        });
    }

    /** Every column as name=value, with a visible marker for null and escaped separators. */
    private static String row(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        StringBuilder line = new StringBuilder();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            String value = rows.getString(column);
            line.append('|').append(meta.getColumnLabel(column).toLowerCase()).append('=')
                    .append(value == null ? "\u2205" : value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n"));
        }
        return line.toString();
    }

    /** The link of the chain at {@code seq}: it binds the previous link, the position and the record's hash. */
    public static String link(String previous, long seq, char kind, long refId, String rowHash) {
        return sha256(previous + "|" + seq + "|" + kind + "|" + refId + "|" + rowHash);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
