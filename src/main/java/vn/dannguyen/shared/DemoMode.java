package vn.dannguyen.shared;

/**
 * Whether this installation is the demo ({@code DANNGUYEN_DEMO_DATA=true}, or the system property
 * {@code dannguyen.demo-data}): it then loads the demo communes and accounts, and creates no first administrator.
 */
public final class DemoMode {

    private DemoMode() {
    }

    public static boolean enabled() {
        return Boolean.parseBoolean(System.getenv().getOrDefault("DANNGUYEN_DEMO_DATA",
                System.getProperty("dannguyen.demo-data", "false")));
    }
}
