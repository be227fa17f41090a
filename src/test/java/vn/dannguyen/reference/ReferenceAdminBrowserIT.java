package vn.dannguyen.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;

/** A commune admin maintains the villages of their commune in the browser. */
class ReferenceAdminBrowserIT extends BrowserTest {

    private final String villageName = "Tổ dân phố Thử " + UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void startSignedIn() {
        signIn("quantri.minhxuan");
    }

    @AfterEach
    void cleanUp() throws Exception {
        DatabaseClient.update("delete from village where name = ?", villageName);
    }

    @Test
    void anAdminAddsAVillageAndIsToldWhatIsMissing() throws Exception {
        browser.open(base + "admin/villages");
        browser.visible(By.id("list:add")).click();
        browser.visible(By.id("edit:name"));
        browser.driver().findElement(By.id("edit:save")).click();
        browser.waitForText(By.id("edit"), "không được để trống");
        browser.screenshot("village-missing-name");

        browser.type(By.id("edit:name"), villageName);
        browser.type(By.id("edit:head"), "Vũ Thị Hằng");
        browser.driver().findElement(By.id("edit:save")).click();
        browser.waitUntilGone(By.id("editDialog"));
        browser.waitForText(By.id("list:table"), villageName);
        browser.screenshot("village-added");

        assertEquals("Vũ Thị Hằng", DatabaseClient.single(
                "select v.head_name from village v join commune c on c.id = v.commune_id "
                        + "where v.name = ? and c.code = 'TQ-MINHXUAN'", villageName));
    }

    @Test
    void residentialGroupsAreListedAndSortedByNumber() throws Exception {
        browser.open(base + "admin/villages");
        browser.visible(By.id("list:add")).click();
        browser.type(By.id("edit:name"), "Tổ dân phố 10");
        browser.driver().findElement(By.id("edit:save")).click();
        browser.waitUntilGone(By.id("editDialog"));
        browser.waitForText(By.id("list:table"), "Tổ dân phố 10");
        try {
            browser.open(base + "admin/villages");
            assertEquals(List.of("Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3", "Tổ dân phố 10"), names(), "as listed");
            // Sorted by the column's header: the same order, then reversed.
            browser.driver().findElement(By.cssSelector("#list\\:table th.ui-sortable-column")).click();
            browser.waitForAjax();
            assertEquals(List.of("Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3", "Tổ dân phố 10"), names(), "ascending");
            browser.driver().findElement(By.cssSelector("#list\\:table th.ui-sortable-column")).click();
            browser.waitForAjax();
            assertEquals(List.of("Tổ dân phố 10", "Tổ dân phố 3", "Tổ dân phố 2", "Tổ dân phố 1"), names(), "descending");
        } finally {
            DatabaseClient.update("delete from village where name = ?", "Tổ dân phố 10");
        }
    }

    private List<String> names() {
        return browser.driver().findElements(By.cssSelector("#list\\:table tbody tr td:first-child")).stream()
                .map(cell -> cell.getText().strip()).filter(name -> name.startsWith("Tổ dân phố ")).toList();
    }

    @Test
    void aDuplicateNameIsRefusedAndWhatWasTypedStays() throws Exception {
        browser.open(base + "admin/villages");
        browser.visible(By.id("list:add")).click();
        browser.type(By.id("edit:name"), "tổ dân phố 1");
        browser.type(By.id("edit:head"), "Lý Văn Tâm");
        browser.driver().findElement(By.id("edit:save")).click();
        browser.waitForText(By.id("messages"), "đã có thôn, tổ dân phố cùng tên");

        assertTrue(browser.visible(By.id("editDialog")).isDisplayed(), "the dialog stays open");
        assertEquals("Lý Văn Tâm", browser.driver().findElement(By.id("edit:head")).getAttribute("value"));
    }
}
