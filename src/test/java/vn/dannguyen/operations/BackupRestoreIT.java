package vn.dannguyen.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.dannguyen.audit.AuditVerifyCommand;

/**
 * The backup and restore procedure (src/main/ops/backup.sh and restore.sh), carried out on the integration
 * test database: the restored copy holds every table with the same rows (CHECKSUM TABLE), and the audit
 * chain of the copy verifies against the anchor file taken with the backup.
 */
class BackupRestoreIT {

    private static final String RESTORED = "dannguyen_it_restored";

    @AfterEach
    void dropCopy() throws Exception {
        try (Connection c = admin(""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + RESTORED + "`");
        }
    }

    @Test
    void aBackupRestoresToAnIdenticalDatabaseWhoseAuditChainVerifies() throws Exception {
        String source = System.getProperty("it.db.url").replaceAll(".*/", "").replaceAll("\\?.*", "");
        // Run first of all, the test database may still be empty: give it the application's schema.
        org.flywaydb.core.Flyway.configure().dataSource(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password")).locations("classpath:db/migration").load().migrate();
        Path root = Files.createDirectories(Path.of("target", "backups").toAbsolutePath());
        Path files = Files.createDirectories(Path.of("target", "backup-files"));
        Files.writeString(files.resolve("bien-ban.txt"), "Biên bản hội nghị tiếp xúc cử tri");

        String backupDir = run(Map.of("DANNGUYEN_FILES_DIR", files.toAbsolutePath().toString()),
                "src/main/ops/backup.sh", source, root.toString()).strip();
        Path backup = Path.of(backupDir.lines().reduce((a, b) -> b).orElseThrow());
        assertTrue(Files.exists(backup.resolve("database.sql.gz")) && Files.exists(backup.resolve("SHA256SUMS")));

        Path restoredFiles = Path.of("target", "restored-files").toAbsolutePath();
        Path restoredAnchor = Path.of("target", "restored-anchor.log").toAbsolutePath();
        Files.deleteIfExists(restoredAnchor);
        run(Map.of("DANNGUYEN_FILES_DIR", restoredFiles.toString(), "DANNGUYEN_AUDIT_ANCHOR", restoredAnchor.toString()),
                "src/main/ops/restore.sh", backup.toString(), RESTORED);

        Map<String, String> original = checksums(source);
        Map<String, String> copy = checksums(RESTORED);
        assertTrue(original.size() > 30, "all tables: " + original.keySet());
        assertEquals(original, copy, "every table restored with the same rows");
        assertEquals("Biên bản hội nghị tiếp xúc cử tri", Files.readString(restoredFiles.resolve("bien-ban.txt")));

        // The copy's audit chain, checked by the command-line verifier against the anchor kept with the backup.
        ProcessBuilder verify = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                Path.of("target", "classes") + java.io.File.pathSeparator + Path.of("target", "jdbc-driver", "mysql-connector-j.jar"),
                AuditVerifyCommand.class.getName()).redirectErrorStream(true);
        verify.environment().put("DB_URL", "jdbc:mysql://127.0.0.1:3306/" + RESTORED);
        verify.environment().put("DB_USER", adminUser());
        verify.environment().put("DB_PASSWORD", adminPassword());
        if (Files.exists(restoredAnchor)) {
            verify.environment().put("DANNGUYEN_AUDIT_ANCHOR", restoredAnchor.toString());
        } else {
            verify.environment().remove("DANNGUYEN_AUDIT_ANCHOR");
        }
        Process process = verify.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.startsWith("INTACT"), output);
    }

    private static Map<String, String> checksums(String database) throws Exception {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection c = admin(database); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select table_name from information_schema.tables where table_schema = database()"
                    + " and table_type = 'BASE TABLE' order by table_name")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("CHECKSUM TABLE `" + table + "` EXTENDED")) {
                    r.next();
                    sums.put(table, r.getString(2));
                }
            }
        }
        return sums;
    }

    private static String run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().putAll(env);
        builder.environment().put("DB_ADMIN_USER", adminUser());
        builder.environment().put("DB_ADMIN_PASSWORD", adminPassword());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), String.join(" ", command) + " finishes");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + err);
        return out;
    }

    private static Connection admin(String database) throws Exception {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + database, adminUser(), adminPassword());
    }

    private static String adminUser() {
        return System.getProperty("it.db.admin.user", "root");
    }

    private static String adminPassword() {
        String password = System.getProperty("it.db.admin.password");
        return password == null ? "" : password;
    }
}
