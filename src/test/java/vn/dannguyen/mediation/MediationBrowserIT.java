package vn.dannguyen.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;

/**
 * A commune clerk enters a land dispute in the mediation logbook, accepts it, seats the council and records
 * two sessions the other party does not come to: the case ends as failed. A clerk of another commune
 * cannot open it; the admin sees the mediation time limits with their label.
 */
class MediationBrowserIT extends BrowserTest {

    private final String marker = "HG" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String requester = "Nguyễn Văn Ấn " + marker;

    @AfterEach
    void cleanUp() throws Exception {
        String cases = "(select id from mediation_case where requester_name = ?)";
        DatabaseClient.update("delete from mediation_session where case_id in " + cases, requester);
        DatabaseClient.update("delete from mediation_council_member where case_id in " + cases, requester);
        DatabaseClient.update("delete from mediation_case where requester_name = ?", requester);
    }

    @Test
    void twoAbsencesOfTheSamePartyEndTheMediationAsFailed() throws Exception {
        signIn("canbo");
        browser.open(base + "mediation/list");
        browser.visible(By.id("logbook:cases"));
        browser.screenshot("mediation-logbook-empty");
        browser.visible(By.id("logbook:newCase")).click();

        browser.type(By.id("details:requesterName"), requester);
        browser.type(By.id("details:requesterAddress"), "Thôn Ngô Sơn, xã Mỹ Bằng");
        browser.type(By.id("details:otherPartyName"), "Phạm Thị Bích Ngọc");
        browser.type(By.id("details:otherPartyAddress"), "Thôn Đồng Mán, xã Mỹ Bằng");
        browser.type(By.id("details:parcelNumber"), "125");
        browser.type(By.id("details:mapSheet"), "12");
        browser.type(By.id("details:parcelLocation"), "Cánh đồng Gò Đình, thôn Ngô Sơn");
        browser.type(By.id("details:dispute"), "Tranh chấp ranh giới giữa hai thửa đất liền kề: lấn chiếm khoảng 15 m² đất vườn.");
        browser.screenshot("mediation-new");
        browser.driver().findElement(By.id("details:save")).click();

        browser.visible(By.id("accept:acceptButton"));
        assertEquals("Mới nhận đơn", browser.visible(By.id("caseStatus")).getText());
        long id = ((Number) DatabaseClient.single("select id from mediation_case where requester_name = ?", requester)).longValue();
        browser.driver().findElement(By.id("accept:acceptButton")).click();
        browser.waitForText(By.id("caseStatus"), "Đã thụ lý");

        addMember("Trần Văn Minh", "Phó Chủ tịch UBND xã (Chủ tịch Hội đồng)", false);
        addMember("Hoàng Thị Lan", "Đại diện Ủy ban Mặt trận Tổ quốc", true);
        addMember("Lê Văn Tám", "Công chức địa chính", false);
        browser.waitForText(By.id("composition"), "người sinh sống lâu năm tại địa bàn");
        addMember("Đỗ Văn Hải", "Người sinh sống lâu năm tại địa bàn", false);
        browser.waitForText(By.id("composition"), "Hội đồng đủ thành phần");
        browser.screenshot("mediation-council");

        recordSession("Buổi 1: bà Ngọc vắng mặt không có lý do; hội đồng hẹn buổi sau.");
        browser.waitForText(By.id("caseStatus"), "Đang hòa giải");
        recordSession("Buổi 2: bà Ngọc tiếp tục vắng mặt dù đã được mời hợp lệ.");
        browser.waitForText(By.id("caseStatus"), "Hòa giải không thành");
        assertTrue(browser.bodyText().contains("Bên còn lại vắng mặt lần thứ hai"), browser.bodyText());
        browser.screenshot("mediation-failed");

        assertEquals("FAILED", DatabaseClient.single("select status from mediation_case where id = ?", id));
        assertEquals("PARTY_ABSENT_TWICE", DatabaseClient.single("select outcome from mediation_case where id = ?", id));
        assertEquals("OTHER_PARTY", DatabaseClient.single("select absent_party from mediation_case where id = ?", id));
        assertEquals(2L, ((Number) DatabaseClient.single("select count(*) from mediation_session where case_id = ?", id)).longValue());

        browser.open(base + "mediation/list");
        browser.waitForText(By.id("logbook:cases"), requester);
        assertTrue(browser.visible(By.id("logbook:cases")).getText().contains("Hòa giải không thành"));
        browser.screenshot("mediation-logbook");

        // The case is not another commune's business.
        signIn("canbo.minhxuan");
        browser.open(base + "mediation/edit?id=" + id);
        browser.visible(By.cssSelector("h1.app-title"));
        assertTrue(!browser.bodyText().contains(requester), "a clerk of another commune sees nothing of the case");
        browser.open(base + "mediation/list");
        browser.visible(By.id("logbook:cases"));
        assertTrue(!browser.bodyText().contains(requester));
    }

    @Test
    void theAdminSeesTheMediationTimeLimitsWithTheirLabel() {
        signIn("quantri");
        browser.open(base + "admin/deadlines");
        browser.waitForText(By.id("rules:table"), "Hòa giải tranh chấp đất đai");
        browser.screenshot("mediation-admin-deadlines");
    }

    private void addMember(String name, String roleLabel, boolean woman) {
        browser.type(By.id("member:memberName"), name);
        browser.selectOne("member:memberRole", roleLabel);
        if (woman) {
            browser.driver().findElement(By.cssSelector("#member\\:memberWoman .ui-chkbox-box")).click();
        }
        browser.driver().findElement(By.id("member:addMember")).click();
        browser.waitForAjax();
        browser.waitForText(By.id("council:members"), name);
    }

    /** Records a session the requester attends and the other party does not. */
    private void recordSession(String minutes) {
        browser.type(By.id("session:place"), "Hội trường UBND xã Mỹ Bằng");
        browser.driver().findElement(By.cssSelector("#session\\:otherPartyPresent .ui-chkbox-box")).click();
        browser.type(By.id("session:minutes"), minutes);
        browser.screenshot("mediation-session-entry");
        browser.driver().findElement(By.id("session:recordSession")).click();
        browser.waitForAjax();
        browser.waitForText(By.id("sessions"), minutes);
    }
}
