package vn.dannguyen.petition.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Competence;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionStatus;

/** A list line says in the reader's language what the cells used to work out one by one. */
class PetitionLineTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static PetitionRow row(String petitioner, boolean anonymous, int timesRaised, Long recurrenceOf, String content) {
        return new PetitionRow(7, "260001-000007-ACD", LocalDate.of(2026, 3, 2), PetitionKind.VOTER_PETITION, Channel.MEETING,
                PetitionStatus.RECEIVED, Competence.COMMUNE, "Giao thông", "Roads and traffic", "Thôn Ngô Sơn", content,
                timesRaised, recurrenceOf, anonymous, petitioner);
    }

    private static PetitionLine line(PetitionRow row, Locale locale) {
        return PetitionLine.of(row, ResourceBundle.getBundle("i18n.messages", locale), locale);
    }

    @Test
    void aVietnameseReaderSeesVietnameseLabelsAndTheDayFirst() {
        PetitionLine line = line(row("Lê Văn Ba", false, 3, 5L, "Sửa cầu Ngô Sơn"), VI);
        assertEquals("260001-000007-ACD", line.trackingCode());
        assertEquals("02/03/2026", line.receivedOn());
        assertEquals("Giao thông", line.category());
        assertEquals("Thôn Ngô Sơn", line.village());
        assertEquals("Hội nghị TXCT", line.channel());
        assertEquals(ResourceBundle.getBundle("i18n.messages", VI).getString("petition.status.RECEIVED"), line.statusLabel());
        assertEquals(PetitionStatus.RECEIVED, line.status());
        assertEquals("đã nêu 3 lần", line.timesRaised());
        assertTrue(line.recurrence());
        assertEquals("Lê Văn Ba", line.petitioner());
    }

    @Test
    void anEnglishReaderSeesTheEnglishCategoryAndLabels() {
        PetitionLine line = line(row(null, true, 1, null, "Sửa cầu"), Locale.ENGLISH);
        assertEquals("Roads and traffic", line.category());
        assertEquals("Voter petition", line.kind());
        assertEquals("Constituent meeting", line.channel());
        assertEquals("Received", line.statusLabel());
        assertEquals("Anonymous", line.petitioner());
        assertNull(line.timesRaised(), "raised once: no badge");
        assertFalse(line.recurrence());
    }

    @Test
    void aHiddenPetitionerIsSaidToBeProtectedAndLongContentIsCut() {
        PetitionLine line = line(row(null, false, 1, null, "đường ".repeat(60)), VI);
        assertEquals("(được bảo vệ)", line.petitioner());
        assertEquals(158, line.excerpt().length());
        assertTrue(line.excerpt().endsWith("…"));
    }
}
