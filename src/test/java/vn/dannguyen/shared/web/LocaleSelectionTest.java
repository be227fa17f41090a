package vn.dannguyen.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocaleSelectionTest {

    @Test
    void theLanguageParameterIsTakenOutAndEverythingElseKept() {
        assertEquals("id=71", LocaleSelection.withoutLanguage("id=71&lang=en"));
        assertEquals("ma=MB-2026-0007&x=1", LocaleSelection.withoutLanguage("lang=vi&ma=MB-2026-0007&x=1"));
        assertEquals("", LocaleSelection.withoutLanguage("lang=en"));
        assertEquals("language=x", LocaleSelection.withoutLanguage("language=x"), "only the parameter itself");
        assertEquals("", LocaleSelection.withoutLanguage(null));
    }

    @Test
    void onlyThisApplicationsPageAddressesAreSentBackTo() {
        assertTrue(LocaleSelection.isPagePath("/petition/view"));
        assertTrue(LocaleSelection.isPagePath("/tra-cuu"));
        assertFalse(LocaleSelection.isPagePath("//evil.example/x"), "a protocol-relative address leaves the site");
        assertFalse(LocaleSelection.isPagePath("/a\\b"));
        assertFalse(LocaleSelection.isPagePath("/x\"><script>"));
        assertFalse(LocaleSelection.isPagePath(null));
    }

    @Test
    void anUnknownLanguageChangesNothing() {
        LocaleSelection selection = new LocaleSelection();
        selection.choose("fr");
        assertEquals("vi", selection.getLanguage());
        selection.choose("en");
        assertEquals(Locale.ENGLISH, selection.getLocale());
    }
}
