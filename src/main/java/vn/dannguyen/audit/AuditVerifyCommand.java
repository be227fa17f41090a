package vn.dannguyen.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

/**
 * Verifies the audit chain from the command line, without the server (README, "Audit"):
 * {@code DB_URL=... DB_USER=... DB_PASSWORD=... [DANNGUYEN_AUDIT_ANCHOR=file] java ... AuditVerifyCommand}.
 * Prints one line and exits 0 when intact, 1 when broken, 2 when it could not check.
 */
public final class AuditVerifyCommand {

    private AuditVerifyCommand() {
    }

    public static void main(String[] args) {
        String url = env("DB_URL", "jdbc:mysql://127.0.0.1:3306/dannguyen");
        String anchorFile = System.getenv("DANNGUYEN_AUDIT_ANCHOR");
        try (Connection connection = DriverManager.getConnection(url, env("DB_USER", "dannguyen"), env("DB_PASSWORD", ""))) {
            connection.setReadOnly(true);
            Map<Long, String> anchor = anchorFile == null || anchorFile.isBlank() ? Map.of()
                    : new AuditAnchor(Path.of(anchorFile)).links();
            AuditVerification result = new AuditChainVerifier(connection).verify(anchor);
            System.out.println(result.summary() + (anchor.isEmpty() ? " (no anchor file given)" : ""));
            System.exit(result.intact() ? 0 : 1);
        } catch (Exception e) {
            System.err.println("Could not verify: " + e.getMessage());
            System.exit(2);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
