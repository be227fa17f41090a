package vn.dannguyen;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Before the integration tests: drops and re-creates their database and account on the real MariaDB
 * (or MySQL) server, so the application's migrations run on a clean schema every time.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("it.db.url");
        String user = System.getProperty("it.db.user");
        String password = System.getProperty("it.db.password");
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        String serverUrl = "jdbc:mysql://" + uri.getHost() + ":" + uri.getPort() + "/";
        try (Connection c = DriverManager.getConnection(serverUrl,
                System.getProperty("it.db.admin.user"), System.getProperty("it.db.admin.password"));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                s.execute("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                s.execute("ALTER USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                s.execute("GRANT ALL ON `" + database + "`.* TO '" + user + "'@'" + host + "'");
            }
        }
        // The anchor file belongs to the chain of the database just dropped.
        java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(System.getProperty("it.audit.anchor", "target/audit-anchor.log")));
        System.out.println("Integration-test database " + database + " is empty and ready at " + serverUrl);
    }
}
