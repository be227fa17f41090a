package vn.dannguyen.people;

import java.util.Locale;

/**
 * What a new password must be (OWASP ASVS 5.0 level 2, V6.2): at least {@value #MIN_LENGTH} characters and at
 * most {@value #MAX_LENGTH}, any Unicode (Vietnamese letters and spaces welcome), no rules of composition, and
 * not containing the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The bundle key of what is wrong with {@code password} for {@code username}; null when it may be used. */
    public static String problemWith(String username, char[] password) {
        String typed = new String(password);
        int length = typed.codePointCount(0, typed.length());
        if (length < MIN_LENGTH) {
            return "people.password.error.short";
        }
        if (length > MAX_LENGTH) {
            return "people.password.error.long";
        }
        if (username != null && username.length() >= 3
                && typed.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return "people.password.error.username";
        }
        return null;
    }
}
