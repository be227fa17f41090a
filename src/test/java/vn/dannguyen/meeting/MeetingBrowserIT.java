package vn.dannguyen.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.fixture.CommuneFixture;

/** A clerk records a constituent meeting and, during it, the voters' petitions from the keyboard alone. */
class MeetingBrowserIT extends BrowserTest {

    private static final String CYCLE = "Tiếp xúc cử tri trước kỳ họp thứ 5";

    @RegisterExtension
    final CommuneFixture commune = new CommuneFixture("Xã Kiểm Thử Tiếp Xúc");

    @Test
    void aMeetingWithThreePetitionsEnteredFromTheKeyboard() throws Exception {
        signInAs(commune.staff());
        MeetingPage.addCycle(browser, base.toString(), CYCLE, 5);
        assertTrue(MeetingPage.cycles(browser).contains(CYCLE), MeetingPage.cycles(browser));

        MeetingPage meeting = MeetingPage.newMeeting(browser, base.toString(), CYCLE, "Nhà văn hóa thôn Ngô Sơn", 86,
                "Hoàng Văn Thắng\nĐỗ Thị Mai", "Lý Văn Sinh")
                .enterPetition("Đường liên thôn ùn tắc giờ tan học", "G")
                .enterPetition("Nạo vét lòng sông Cầu chống ngập", "T")
                .enterPetition("Sạt lở do khai thác đá trái phép", "M");
        browser.screenshot("meeting-three-petitions");
        assertEquals(3, meeting.petitionRows());
        assertTrue(meeting.petitions().contains("Nạo vét lòng sông Cầu chống ngập"), meeting.petitions());
        assertEquals(3L, ((Number) DatabaseClient.single("select count(*) from petition p join meeting m on m.id = p.meeting_id"
                + " where m.commune_id = ? and p.channel = 'MEETING' and p.cycle_id is not null", commune.id())).longValue());

        // A row typed but not yet saved survives a reload.
        meeting.typeUnsaved("Chưa lưu: lắp đèn đường").reload();
        assertEquals("Chưa lưu: lắp đèn đường", meeting.entryText());
    }
}
