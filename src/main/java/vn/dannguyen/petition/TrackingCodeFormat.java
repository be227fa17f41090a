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
        StringBuilder code = new StringBuilder(String.format("%02d%04d-%06d-", receivedOn.getYear() % 100, communeId % 10_000, number));
        for (int i = 0; i < 3; i++) {
            code.append(SUFFIX_LETTERS[RANDOM.nextInt(SUFFIX_LETTERS.length)]);
        }
        return code.toString();
    }
}
