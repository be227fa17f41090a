package vn.dannguyen.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How typed Vietnamese is compared: case, diacritics and spacing do not count. */
class VietnameseTextTest {

    @Test
    void foldsCaseDiacriticsAndSpaces() {
        assertEquals("tieng san diu", VietnameseText.fold("  Tiếng  Sán\tDìu "));
        assertEquals("duong do ngo son", VietnameseText.fold("ĐƯỜNG đỏ Ngô Sơn"));
        assertEquals("thon dong tam", VietnameseText.fold("Thôn Đồng Tâm"));
        assertEquals("", VietnameseText.fold("   "));
    }
}
