package vn.dannguyen.petition;

import java.security.SecureRandom;
import java.time.LocalDate;

/**
 * Tracking codes such as {@code 260004-000123-K7Q}: year, commune, a number counted per commune and
 * year, and three random letters so that codes cannot be guessed from one another (citizens look
 * petitions up by code without signing in).
 */
public final class TrackingCodeFormat {

    private static final char[] SUFFIX_LETTERS = "ACDEFGHJKMNPQRTUVWXY3479".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodeFormat() {
    }

    public static String format(long communeId, LocalDate receivedOn, int number) {
        // Not String.format: an import makes thousands of codes, and the formatter was 7 % of its request thread.
        StringBuilder code = new StringBuilder(17);
        padded(code, receivedOn.getYear() % 100, 2);
        padded(code, communeId % 10_000, 4);
        code.append('-');
        padded(code, number, 6);
        code.append('-');
        for (int i = 0; i < 3; i++) {
            code.append(SUFFIX_LETTERS[RANDOM.nextInt(SUFFIX_LETTERS.length)]);
        }
        return code.toString();
    }

    /** {@code value} (not negative) with leading zeros to {@code width} digits, as {@code %0<width>d} gives it. */
    private static void padded(StringBuilder code, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            code.append('0');
        }
        code.append(digits);
    }
}
