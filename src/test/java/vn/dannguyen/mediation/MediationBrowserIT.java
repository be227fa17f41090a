package vn.dannguyen.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.Labels;
import vn.dannguyen.fixture.CommuneFixture;

/**
 * A commune clerk enters a land dispute in the mediation logbook, accepts it, seats the council and records
 * two sessions the other party does not come to: the case ends as failed. A clerk of another commune
 * cannot open it; the admin sees the mediation time limits with their label.
 */
class MediationBrowserIT extends BrowserTest {

    /** Marked, so no case of the demo commune can be mistaken for it. */
    private static final String REQUESTER = "Nguyễn Văn Ấn " + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @RegisterExtension
    final CommuneFixture commune = new CommuneFixture("Xã Kiểm Thử Hòa Giải Đất");

    @Test
    void twoAbsencesOfTheSamePartyEndTheMediationAsFailed() throws Exception {
        signInAs(commune.staff());
        browser.open(base + "mediation/list");
        browser.visible(By.id("logbook:cases"));
        browser.screenshot("mediation-logbook-empty");
        MediationPage mediation = MediationPage.newCase(browser, base.toString()).record(new MediationPage.Request(
                REQUESTER, "Thôn Ngô Sơn, xã Mỹ Bằng", "Phạm Thị Bích Ngọc", "Thôn Đồng Mán, xã Mỹ Bằng", "125", "12",
                "Cánh đồng Gò Đình, thôn Ngô Sơn", "Tranh chấp ranh giới giữa hai thửa đất liền kề: lấn chiếm khoảng 15 m² đất vườn."));
        assertEquals(Labels.vi("mediation.status.REQUESTED"), mediation.status());
        long id = ((Number) DatabaseClient.single("select id from mediation_case where commune_id = ?", commune.id())).longValue();
        mediation.accept();
        assertEquals(Labels.vi("mediation.status.ACCEPTED"), mediation.status(), mediation.messages());

        mediation.addCouncilMember("Trần Văn Minh", Labels.vi("mediation.role.VICE_CHAIRMAN"), false)
                .addCouncilMember("Hoàng Thị Lan", Labels.vi("mediation.role.FATHERLAND_FRONT"), true)
                .addCouncilMember("Lê Văn Tám", Labels.vi("mediation.role.LAND_OFFICIAL"), false);
        assertTrue(mediation.council().contains("Lê Văn Tám"), mediation.messages() + mediation.council());
        assertTrue(mediation.composition().contains(Labels.vi("mediation.seat.LONG_TIME_RESIDENT")), mediation.composition());
        mediation.addCouncilMember("Đỗ Văn Hải", Labels.vi("mediation.role.LONG_TIME_RESIDENT"), false);
        assertTrue(mediation.composition().contains(Labels.vi("mediation.council.complete")), mediation.composition());
        browser.screenshot("mediation-council");

        mediation.recordSessionWithoutTheOtherParty("Hội trường UBND xã Mỹ Bằng", "Buổi 1: bà Ngọc vắng mặt không có lý do; hội đồng hẹn buổi sau.");
        assertEquals(Labels.vi("mediation.status.IN_MEDIATION"), mediation.status(), mediation.messages());
        mediation.recordSessionWithoutTheOtherParty("Hội trường UBND xã Mỹ Bằng", "Buổi 2: bà Ngọc tiếp tục vắng mặt dù đã được mời hợp lệ.");
        assertEquals(Labels.vi("mediation.status.FAILED"), mediation.status(), mediation.messages());
        assertTrue(mediation.messages().contains(Labels.vi("mediation.session.failedAbsentTwice", Labels.vi("mediation.party.OTHER_PARTY"))),
                mediation.messages());
        browser.screenshot("mediation-failed");

        assertEquals("FAILED", DatabaseClient.single("select status from mediation_case where id = ?", id));
        assertEquals("PARTY_ABSENT_TWICE", DatabaseClient.single("select outcome from mediation_case where id = ?", id));
        assertEquals("OTHER_PARTY", DatabaseClient.single("select absent_party from mediation_case where id = ?", id));
        assertEquals(2L, ((Number) DatabaseClient.single("select count(*) from mediation_session where case_id = ?", id)).longValue());

        browser.open(base + "mediation/list");
        String logbook = browser.visible(By.id("logbook:cases")).getText();
        assertTrue(logbook.contains(REQUESTER) && logbook.contains(Labels.vi("mediation.status.FAILED")), logbook);
        browser.screenshot("mediation-logbook");

        // The case is not another commune's business: the demo commune's clerk.
        signIn("canbo");
        browser.open(base + "mediation/edit?id=" + id);
        browser.visible(By.cssSelector("h1.app-title"));
        assertFalse(browser.bodyText().contains(REQUESTER), "a clerk of another commune sees nothing of the case");
        browser.open(base + "mediation/list");
        assertFalse(browser.visible(By.id("logbook:cases")).getText().contains(REQUESTER));
    }

    @Test
    void theAdminSeesTheMediationTimeLimitsWithTheirLabel() {
        signIn("quantri");
        browser.open(base + "admin/deadlines");
        browser.waitForText(By.id("rules:table"), Labels.vi("petition.kind.LAND_MEDIATION"));
        browser.screenshot("mediation-admin-deadlines");
    }
}
