package vn.dannguyen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct JDBC to the integration-test database, for browser tests to check and clean what they made. */
public final class DatabaseClient {

    private DatabaseClient() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
    }

    public static int update(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        }
    }

    public static Object single(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    /** The first column of every row. */
    public static java.util.List<Object> list(String sql, Object... params) throws SQLException {
        java.util.List<Object> values = new java.util.ArrayList<>();
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getObject(1));
            }
        }
        return values;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }
}
