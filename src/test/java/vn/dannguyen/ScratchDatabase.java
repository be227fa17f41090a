package vn.dannguyen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An empty database of its own on the test MariaDB, for a second server that a test kills and restarts: created
 * by the administrator account, granted to the integration-test user, dropped afterwards.
 */
public final class ScratchDatabase {

    private final String name;

    public ScratchDatabase(String name) {
        this.name = name;
    }

    public String url() {
        return "jdbc:mysql://127.0.0.1:3306/" + name;
    }

    /** Drops any leftover of an earlier run and creates it empty. */
    public ScratchDatabase create() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                s.execute("GRANT ALL ON `" + name + "`.* TO '" + System.getProperty("it.db.user") + "'@'" + host + "'");
            }
        }
        return this;
    }

    public void drop() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    /** A connection as the integration-test user, as the application connects. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), System.getProperty("it.db.user"), System.getProperty("it.db.password"));
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", System.getProperty("it.db.admin.user", "root"),
                System.getProperty("it.db.admin.password", ""));
    }
}
