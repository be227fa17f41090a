package vn.dannguyen.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chain's head written outside the database after each sealing, one line per sealing: someone who can
 * rewrite the database but not this file cannot cut off or rebuild the chain unnoticed. Copy it off the
 * machine as part of the backup (README).
 */
public final class AuditAnchor {

    private final Path file;

    public AuditAnchor(Path file) {
        this.file = file;
    }

    /** DANNGUYEN_AUDIT_ANCHOR if set, else audit-anchor.log in the server's data directory. */
    public static AuditAnchor ofServer() {
        String configured = System.getenv("DANNGUYEN_AUDIT_ANCHOR");
        if (configured != null && !configured.isBlank()) {
            return new AuditAnchor(Path.of(configured));
        }
        return new AuditAnchor(Path.of(System.getProperty("jboss.server.data.dir", "."), "audit-anchor.log"));
    }

    public Path file() {
        return file;
    }

    public synchronized void append(AuditLink link) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, link.seq() + " " + link.hash() + " " + Instant.now() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every link written so far, by position: each must still be in the chain with the same hash. */
    public Map<Long, String> links() {
        Map<Long, String> links = new TreeMap<>();
        try {
            if (!Files.exists(file)) {
                return links;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ");
                if (parts.length >= 2) {
                    links.put(Long.parseLong(parts[0]), parts[1]);
                }
            }
            return links;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
