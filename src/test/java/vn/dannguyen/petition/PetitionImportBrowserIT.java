package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;

/** A clerk imports the commune's compiled petition sheet; one bad row stops the whole sheet until fixed. */
class PetitionImportBrowserIT extends BrowserTest {

    private final String marker = "NX" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeEach
    void startSignedIn() {
        signIn("canbo");
    }

    @AfterEach
    void cleanUp() throws Exception {
        DatabaseClient.update("delete from petition where content like ?", "%" + marker + "%");
    }

    @Test
    void aSheetWithOneBadRowIsRefusedWholeThenImportedOnceFixed() throws Exception {
        Path bad = sheet("import-bad.xlsx", "Giao thôngg");
        browser.open(base + "petition/import");
        browser.driver().findElement(By.cssSelector("#import\\:file input[type=file]")).sendKeys(bad.toAbsolutePath().toString());
        browser.waitForText(By.id("import:problemsArea"), "Lĩnh vực \"Giao thôngg\" không có trong danh mục.");
        // The progress poll may render the table once more: the row number is read from the table as it ends up.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.cssSelector("#import\\:problems tbody tr td"), "3"));
        browser.screenshot("petition-import-bad-row");
        assertEquals(0L, count());

        Path fixed = sheet("import-fixed.xlsx", "Giao thông");
        browser.open(base + "petition/import");
        browser.driver().findElement(By.cssSelector("#import\\:file input[type=file]")).sendKeys(fixed.toAbsolutePath().toString());
        browser.waitForText(By.id("import:result"), "Đã nhập 3 kiến nghị từ tệp import-fixed.xlsx.");
        browser.screenshot("petition-import-done");
        assertEquals(3L, count());
    }

    private long count() throws Exception {
        return ((Number) DatabaseClient.single("select count(*) from petition where content like ?", "%" + marker + "%")).longValue();
    }

    /** The sheet a commune keeps: a header row, then one petition per row; row 3 carries {@code thirdCategory}. */
    private Path sheet(String name, String thirdCategory) throws Exception {
        String day = LocalDate.now().minusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String[][] rows = {
                {day, "Tại quầy", "Kiến nghị cử tri", "Sửa cầu tràn thôn Ngô Sơn " + marker, "Giao thông", "Thôn Ngô Sơn", "Cấp xã", "Lê Văn Ba", "0912345678", "", "", ""},
                {day, "Điện thoại", "Phản ánh, kiến nghị", "Lắp đèn đường trục xã " + marker, thirdCategory, "Dong Ben", "", "", "", "", "", ""},
                {day, "Thư, đơn", "", "Hỗ trợ nhà ở hộ nghèo " + marker, "chinh sach xa hoi, an sinh", "", "", "Hoàng Thị Nga", "", "", "Tiếng Sán Dìu", "Có"}};
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Kiến nghị");
            sheet.createRow(0).createCell(0).setCellValue("Ngày tiếp nhận");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
