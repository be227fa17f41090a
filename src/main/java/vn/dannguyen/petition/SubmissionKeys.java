package vn.dannguyen.petition;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Submission keys make a save idempotent: a form sent again, from the same view or from a draft the browser
 * kept across a server restart, records one petition. Keys that come back from a browser must look like the
 * random UUIDs the server hands out.
 */
public final class SubmissionKeys {

    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private SubmissionKeys() {
    }

    public static String fresh() {
        return UUID.randomUUID().toString();
    }

    public static boolean wellFormed(String key) {
        return key != null && UUID_FORM.matcher(key).matches();
    }
}
