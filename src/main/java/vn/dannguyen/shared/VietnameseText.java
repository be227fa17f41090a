package vn.dannguyen.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Comparing Vietnamese as people type it: without case or diacritics, đ as d, spaces collapsed. */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** "  Tiếng  Sán Dìu" and "tieng san diu" fold to the same text. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
