package vn.dannguyen.people;

/**
 * A CDI event fired by the sign-in page ({@code audit} records it).
 *
 * @param outcome what happened
 * @param username the name typed, as the account would store it; null for a sign-out (the caller is known)
 * @param reason why a sign-in was refused without checking the password ("throttled", "busy"), else null
 */
public record SignInEvent(Outcome outcome, String username, String reason) {

    public enum Outcome { SIGNED_IN, REFUSED, SIGNED_OUT }

    public static SignInEvent signedIn(String username) {
        return new SignInEvent(Outcome.SIGNED_IN, username, null);
    }

    public static SignInEvent refused(String username, String reason) {
        return new SignInEvent(Outcome.REFUSED, username, reason);
    }

    public static SignInEvent signedOut() {
        return new SignInEvent(Outcome.SIGNED_OUT, null, null);
    }
}
