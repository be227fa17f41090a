package vn.dannguyen.shared.web.speed;

import java.util.logging.Logger;

/**
 * The one switch of this package, read once at boot: {@code DANNGUYEN_FACES_SPEEDUPS=false} (or the system property
 * {@code dannguyen.faces-speedups=false}) turns every speed-up here off, leaving Mojarra's and PrimeFaces' own
 * behaviour. On by default. Off is the way out when a framework upgrade breaks one of them, and the plain version
 * they are measured against.
 */
public final class FacesSpeedups {

    private static final boolean ENABLED = enabled(System.getenv("DANNGUYEN_FACES_SPEEDUPS"),
            System.getProperty("dannguyen.faces-speedups"));

    static {
        if (!ENABLED) {
            Logger.getLogger(FacesSpeedups.class.getName()).info("Faces speed-ups off (DANNGUYEN_FACES_SPEEDUPS=false)");
        }
    }

    private FacesSpeedups() {
    }

    public static boolean enabled() {
        return ENABLED;
    }

    /** The environment wins over the system property; only "false" turns them off. */
    static boolean enabled(String environment, String property) {
        String value = environment != null && !environment.isBlank() ? environment : property;
        return value == null || !"false".equalsIgnoreCase(value.strip());
    }
}
