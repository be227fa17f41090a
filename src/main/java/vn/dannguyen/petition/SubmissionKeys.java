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

    /** The unique constraint on petition.submission_key (V2 migration). */
    private static final String UNIQUE_CONSTRAINT = "uk_petition_submission_key";

    private SubmissionKeys() {
    }

    public static String fresh() {
        return UUID.randomUUID().toString();
    }

    public static boolean wellFormed(String key) {
        return key != null && UUID_FORM.matcher(key).matches();
    }

    /**
     * Whether a petition found under a key that came back from a browser draft is the one now being saved. A
     * draft's key can outlive its petition: a clerk may have cleared a restored form and typed another voter's
     * petition, which must then be recorded as new, not answered with the earlier one.
     */
    public static boolean sameSubmission(Petition recorded, Petition typed) {
        return java.util.Objects.equals(normalised(recorded.getContent()), normalised(typed.getContent()))
                && java.util.Objects.equals(recorded.getCategoryId(), typed.getCategoryId());
    }

    private static String normalised(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** Whether a failed write was refused because a petition is already recorded under its submission key. */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                // The driver's text when the dialect could not read the constraint's name out of it.
                String constraint = violation.getConstraintName() != null ? violation.getConstraintName()
                        : String.valueOf(violation.getSQLException().getMessage());
                return constraint.toLowerCase(java.util.Locale.ROOT).contains(UNIQUE_CONSTRAINT);
            }
        }
        return false;
    }

    /** The key a save goes under, and whether it is the answer to an earlier save of the same petition. */
    public record Resolved(String key, boolean savedBefore) {
    }

    /**
     * Decides the key of a save from a form whose view issued {@code issued} and which sent {@code posted}: a
     * different key came from a draft the browser kept. A malformed one is replaced; one already recorded with
     * this petition means the earlier save committed and only its answer was lost; one recorded with another
     * petition (the clerk typed someone else's into a restored form) is replaced, so that one is recorded too.
     */
    public static Resolved resolve(String issued, String posted, Petition typed,
                                   java.util.function.Function<String, java.util.Optional<Petition>> recorded) {
        if (java.util.Objects.equals(issued, posted)) {
            return new Resolved(issued, false);
        }
        if (!wellFormed(posted)) {
            return new Resolved(issued, false);
        }
        java.util.Optional<Petition> earlier = recorded.apply(posted);
        if (earlier.isEmpty()) {
            return new Resolved(posted, false);
        }
        return sameSubmission(earlier.get(), typed) ? new Resolved(posted, true) : new Resolved(issued, false);
    }
}
