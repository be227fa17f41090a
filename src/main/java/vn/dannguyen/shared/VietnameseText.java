package vn.dannguyen.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Comparing Vietnamese as people type it: without case or diacritics, đ as d, spaces collapsed. */
public final class VietnameseText {

    private VietnameseText() {
    }

    // Compiled once: an import folds several cells of every row.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** "  Tiếng  Sán Dìu" and "tieng san diu" fold to the same text. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
