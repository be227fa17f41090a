package vn.dannguyen.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;

/** A clerk records a constituent meeting and, during it, the voters' petitions from the keyboard alone. */
class MeetingBrowserIT extends BrowserTest {

    private final String marker = "HN" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String cycleTitle = "Tiếp xúc cử tri trước kỳ họp thứ 5 " + marker;

    @BeforeEach
    void startSignedIn() {
        signIn("canbo");
    }

    @AfterEach
    void cleanUp() throws Exception {
        DatabaseClient.update("delete from petition where content like ?", "%" + marker + "%");
        DatabaseClient.update("delete from meeting_village where meeting_id in (select id from meeting where place like ?)", "%" + marker + "%");
        DatabaseClient.update("delete from meeting where place like ?", "%" + marker + "%");
        DatabaseClient.update("delete from meeting_cycle where title = ?", cycleTitle);
    }

    @Test
    void aMeetingWithThreePetitionsEnteredFromTheKeyboard() throws Exception {
        browser.open(base + "meeting/list");
        browser.visible(By.id("list:add")).click();
        browser.type(By.id("edit:name"), cycleTitle);
        browser.type(By.id("edit:session_input"), "5");
        browser.driver().findElement(By.id("edit:save")).click();
        browser.waitUntilGone(By.id("editDialog"));
        browser.waitForText(By.id("list:cycles"), cycleTitle);

        browser.visible(By.id("list:newMeeting")).click();
        browser.selectOne("meeting:cycle", cycleTitle);
        browser.type(By.id("meeting:place"), "Nhà văn hóa thôn Ngô Sơn " + marker);
        browser.type(By.id("meeting:voters_input"), "86");
        browser.type(By.id("meeting:deputies"), "Hoàng Văn Thắng\nĐỗ Thị Mai");
        browser.type(By.id("meeting:interpreter"), "Lý Văn Sinh");
        browser.screenshot("meeting-new");
        browser.driver().findElement(By.id("meeting:save")).click();
        browser.visible(By.id("entry:content"));

        enterRow("Đường liên thôn ùn tắc giờ tan học " + marker, "G");
        enterRow("Nạo vét lòng sông Cầu chống ngập " + marker, "T");
        enterRow("Sạt lở do khai thác đá trái phép " + marker, "M");
        browser.screenshot("meeting-three-petitions");

        assertEquals(3L, ((Number) DatabaseClient.single("select count(*) from petition p join meeting m on m.id = p.meeting_id"
                + " where m.place like ? and p.channel = 'MEETING' and p.cycle_id is not null", "%" + marker + "%")).longValue());
        assertEquals(3, browser.driver().findElements(By.cssSelector("#petitions tbody tr[data-ri]")).size());

        // A row typed but not yet saved survives a reload.
        browser.driver().switchTo().activeElement().sendKeys("Chưa lưu: lắp đèn đường " + marker);
        browser.driver().navigate().refresh();
        browser.visible(By.id("entry:content"));
        assertEquals("Chưa lưu: lắp đèn đường " + marker, browser.driver().findElement(By.id("entry:content")).getAttribute("value"));
    }

    /** Types the text where the cursor is, Tab to the category, picks it by its first letter, Ctrl+Enter. */
    private void enterRow(String text, String categoryInitial) {
        int before = browser.driver().findElements(By.cssSelector("#petitions tbody tr[data-ri]")).size();
        WebElement content = browser.driver().switchTo().activeElement();
        assertEquals("entry:content", content.getAttribute("id"), "the cursor waits in the text box");
        content.sendKeys(text);
        content.sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(categoryInitial);
        browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waitForText(By.id("petitions"), text);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).until(d ->
                d.findElements(By.cssSelector("#petitions tbody tr[data-ri]")).size() == before + 1
                        && "entry:content".equals(d.switchTo().activeElement().getAttribute("id")));
    }
}
