package vn.dannguyen.shared;

/**
 * The address users reach the system at, {@code DANNGUYEN_BASE_URL} (default {@code http://localhost:8080}),
 * for links that leave the system: a receipt's lookup address, a reminder e-mail's link. Never taken from the
 * request, whose Host header the client chooses.
 */
public final class PublicAddress {

    private static final String BASE = base(System.getenv("DANNGUYEN_BASE_URL"));

    private PublicAddress() {
    }

    /** The full address of {@code path} (which starts with a slash). */
    public static String of(String path) {
        return BASE + path;
    }

    static String base(String configured) {
        String base = configured == null || configured.isBlank() ? "http://localhost:8080" : configured.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
