package vn.dannguyen.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.PetitionSheets;

/**
 * The leader signs a batch of ten petitions over to a department and an officer; the officer works one
 * through to resolution; the leader answers the voter and closes it.
 */
class WorkflowBrowserIT extends BrowserTest {

    private final String marker = "GV" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @AfterEach
    void cleanUp() throws Exception {
        String mine = "select id from petition where content like '%" + marker + "%'";
        // The overdue ones may have drawn reminders (the daily run, or another test's run for every commune).
        DatabaseClient.update("delete from notification where petition_id in (" + mine + ")");
        DatabaseClient.update("delete from petition_transition where petition_id in (" + mine + ")");
        DatabaseClient.update("delete from assignment where petition_id in (" + mine + ")");
        DatabaseClient.update("delete from petition where content like ?", "%" + marker + "%");
    }

    @Test
    void tenPetitionsAssignedAtOnceThenOneIsResolvedAnsweredAndClosed() throws Exception {
        signIn("canbo");
        browser.open(base + "petition/import");
        browser.driver().findElement(By.cssSelector("#import\\:file input[type=file]")).sendKeys(
                PetitionSheets.streetLights(marker, 10, LocalDate.now().minusDays(1)).toString());
        browser.waitForText(By.id("import:result"), "Đã nhập 10 kiến nghị");

        signIn("lanhdao");
        browser.open(base + "leader/tasks");
        List<WebElement> rows = browser.driver().findElements(By.xpath(
                "//tbody[@id='tasks:table_data']/tr[td[contains(., '" + marker + "')]]"));
        assertEquals(10, rows.size());
        for (WebElement row : rows) {
            row.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
        }
        browser.driver().findElement(By.id("tasks:assign")).click();
        browser.waitForText(By.id("assignForm"), "Giao 10 kiến nghị đã chọn.");
        browser.selectOne("assignForm:department", "Phòng Kinh tế");
        browser.selectOne("assignForm:officer", "Nguyễn Thị Hoa");
        browser.type(By.id("assignForm:instructions"), "Kiểm tra thực địa, báo cáo trong tuần");
        browser.screenshot("leader-assign-ten");
        browser.driver().findElement(By.id("assignForm:confirm")).click();
        browser.waitForText(By.id("messages"), "Đã giao 10 kiến nghị.");
        browser.screenshot("leader-tasks-after-assign");
        assertEquals(10L, ((Number) DatabaseClient.single("select count(*) from assignment a join petition p on p.id = a.petition_id"
                + " join department d on d.id = a.department_id where p.content like ? and p.status = 'ASSIGNED'"
                + " and d.name = 'Phòng Kinh tế' and a.ended_at is null", "%" + marker + "%")).longValue());

        signIn("canbo");
        browser.open(base + "task/mine");
        browser.driver().findElement(By.xpath("//tbody[@id='mine:table_data']/tr[td[contains(., 'Đèn đường số 1 " + marker + "')]]//a")).click();
        browser.visible(By.id("actions:start")).click();
        browser.waitForText(By.id("status"), "Đang giải quyết");
        browser.type(By.id("actions:reason"), "Đã thay 4 bóng đèn");
        browser.driver().findElement(By.id("actions:resolve")).click();
        browser.waitForAjax();
        browser.screenshot("officer-resolved");
        browser.waitForText(By.id("status"), "Đã giải quyết");
        String url = browser.driver().getCurrentUrl();

        signIn("lanhdao");
        browser.open(url);
        browser.type(By.id("actions:answerText"), "Đã thay bóng đèn đường, đề nghị cử tri giám sát.");
        browser.selectOne("actions:result", "Đã giải quyết");
        browser.driver().findElement(By.id("actions:answer")).click();
        browser.waitForText(By.id("status"), "Đã trả lời cử tri");
        browser.visible(By.id("actions:close")).click();
        browser.waitForText(By.id("status"), "Đã kết thúc");
        browser.waitForText(By.id("history"), "Đã thay 4 bóng đèn");
        browser.screenshot("petition-closed-history");
        assertEquals("CLOSED", DatabaseClient.single("select status from petition where content = ?", "Đèn đường số 1 " + marker));
        assertEquals(5L, ((Number) DatabaseClient.single("select count(*) from petition_transition t join petition p on p.id = t.petition_id"
                + " where p.content = ?", "Đèn đường số 1 " + marker)).longValue());
    }

    @Test
    void theLeaderTicksPetitionsOnTwoPagesAndAssignsThemTogether() throws Exception {
        // Sixty petitions received long ago: overdue, so they head the list (earliest deadline first), 50 on a page.
        signIn("canbo");
        browser.open(base + "petition/import");
        browser.driver().findElement(By.cssSelector("#import\\:file input[type=file]")).sendKeys(
                PetitionSheets.streetLights(marker, 60, LocalDate.of(2020, 3, 2)).toString());
        browser.waitForText(By.id("import:result"), "Đã nhập 60 kiến nghị");

        signIn("lanhdao");
        browser.open(base + "leader/tasks");
        long open = ((Number) DatabaseClient.single("select count(*) from petition p join app_user u on u.commune_id = p.commune_id"
                + " where u.username = 'lanhdao' and p.status <> 'CLOSED'")).longValue();
        assertEquals(Long.toString(open), browser.visible(By.cssSelector(".summary-card:nth-child(3) .summary-number")).getText());
        By pageRows = By.cssSelector("tbody[id='tasks:table_data'] > tr");
        assertEquals(50, browser.driver().findElements(pageRows).size(), "one page of 50 rows, not the whole backlog");
        WebElement onFirstPage = markerRow(1);
        String firstCode = onFirstPage.findElement(By.cssSelector("td.col-code")).getText();
        onFirstPage.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();

        browser.driver().findElement(By.cssSelector("#tasks\\:table .ui-paginator-next")).click();
        browser.waitForText(By.cssSelector("tbody[id='tasks:table_data'] > tr:first-child"), "số 51 " + marker);
        WebElement onSecondPage = markerRow(55);
        String secondCode = onSecondPage.findElement(By.cssSelector("td.col-code")).getText();
        onSecondPage.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();

        browser.driver().findElement(By.id("tasks:assign")).click();
        browser.waitForText(By.id("assignForm"), "Giao 2 kiến nghị đã chọn.");
        browser.selectOne("assignForm:department", "Phòng Kinh tế");
        browser.driver().findElement(By.id("assignForm:confirm")).click();
        browser.waitForText(By.id("messages"), "Đã giao 2 kiến nghị.");
        browser.screenshot("leader-tasks-two-pages-assigned");
        for (String code : List.of(firstCode, secondCode)) {
            assertEquals(1L, ((Number) DatabaseClient.single("select count(*) from assignment a join petition p on p.id = a.petition_id"
                    + " join department d on d.id = a.department_id where p.tracking_code = ? and p.status = 'ASSIGNED'"
                    + " and d.name = 'Phòng Kinh tế' and a.ended_at is null", code)).longValue(), code);
        }
        assertEquals(2L, ((Number) DatabaseClient.single("select count(*) from assignment a join petition p on p.id = a.petition_id"
                + " where p.content like ?", "%" + marker + "%")).longValue(), "only the two ticked");
    }

    private WebElement markerRow(int number) {
        return browser.visible(By.xpath("//tbody[@id='tasks:table_data']/tr[td[contains(., 'Đèn đường số " + number + " " + marker + "')]]"));
    }
}
