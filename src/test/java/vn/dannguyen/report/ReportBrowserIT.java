package vn.dannguyen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.report.document.PdfLayout;

/**
 * The leader takes the results report of a cycle as PDF and Word, laid out as Decree 30/2020 asks, and
 * publishes the results; a citizen, without signing in, reads them with no personal data.
 */
class ReportBrowserIT extends BrowserTest {

    private static final String CYCLE = "Tiếp xúc cử tri sau kỳ họp thứ 3, HĐND xã khóa I";

    @AfterEach
    void unpublish() throws Exception {
        DatabaseClient.update("update meeting_cycle set results_published_at = null, results_published_by = null where title = ?", CYCLE);
    }

    @Test
    void theResultsReportOfACycleIsLaidOutAsTheDecreeAsksAndPublishedForCitizens() throws Exception {
        signIn("lanhdao");
        browser.visible(By.cssSelector("#menu a[href*='/report/index']")).click();
        browser.selectOne("reports:cycle", CYCLE);
        browser.waitForText(By.id("reports:publication"), "Chưa công khai");
        browser.screenshot("report-page");

        Path pdf = download(browser.driver().findElement(By.id("reports:resultsPdf")).getAttribute("href"), "results-report.pdf",
                "application/pdf");
        PdfLayout.draw(pdf, Path.of("target", "screenshots", "results-report"));
        PdfLayout layout = PdfLayout.of(pdf);
        assertEquals(List.of(), layout.decreeLayoutViolations());
        String first = layout.text(1);
        assertTrue(first.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && first.contains("Độc lập - Tự do - Hạnh phúc"), first);
        assertTrue(first.contains("ỦY BAN NHÂN DÂN XÃ MỸ BẰNG") || first.contains("XÃ MỸ BẰNG"), first);
        assertTrue(first.contains("Mỹ Bằng, ngày"), "place and date: " + first);
        String all = String.join(" ", java.util.stream.IntStream.rangeClosed(1, layout.pages()).mapToObj(layout::text).toList());
        int resolved = all.indexOf("1. Các kiến nghị đã được giải quyết xong");
        int inProgress = all.indexOf("2. Các kiến nghị đang giải quyết");
        int explained = all.indexOf("3. Các kiến nghị đã giải trình");
        assertTrue(resolved > 0 && resolved < inProgress && inProgress < explained, "sorted resolved, in progress, explained");
        assertTrue(all.indexOf("Đề nghị lắp đèn chiếu sáng") > resolved && all.indexOf("Đề nghị lắp đèn chiếu sáng") < inProgress);
        assertTrue(all.indexOf("104 căn") > inProgress && all.indexOf("Dự kiến hoàn thành: 30/08/") > inProgress, all);
        assertTrue(all.indexOf("kiên cố hóa kênh mương") > explained);
        PdfLayout.Word kind = layout.first(1, "BÁO");
        assertTrue(kind.yMin() > layout.first(1, "CỘNG").yMax(), "the kind of document stands below the national heading");
        assertTrue(layout.first(1, "CỘNG").xMin() > layout.width() / 2 - 60, "the national heading on the right");
        assertTrue(all.contains("Nơi nhận:") && all.contains("TM. ỦY BAN NHÂN DÂN") && all.contains("Trần Văn Minh"), "signature");

        Path docx = download(browser.driver().findElement(By.id("reports:resultsDocx")).getAttribute("href"), "results-report.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
            assertEquals(1701, ((Number) document.getDocument().getBody().getSectPr().getPgMar().getLeft()).intValue(), "30 mm");
            assertTrue(document.getTables().stream().anyMatch(t -> t.getText().contains("Đề nghị lắp đèn chiếu sáng")));
        }

        browser.driver().findElement(By.id("reports:publish")).click();
        browser.waitForText(By.id("messages"), "Đã công khai kết quả");
        browser.waitForText(By.id("reports:publication"), "Đã công khai từ");

        browser.signOutAndForget();
        browser.open(base + "ket-qua");
        browser.driver().findElement(By.linkText(CYCLE)).click();
        browser.waitForText(By.id("results"), "Đã giải quyết xong (1)");
        String page = browser.bodyText();
        assertTrue(page.contains("UBND xã đã lắp 12 bóng đèn LED") && page.contains("Đang giải quyết, có lộ trình (1)"), page);
        assertFalse(page.contains("Đăng xuất"), "no one is signed in");
        for (Object name : DatabaseClient.list("select distinct petitioner_name from petition where petitioner_name is not null")) {
            assertFalse(page.contains((String) name), "no petitioner's name on the public page: " + name);
        }
        browser.screenshot("public-results");
    }

    private Path download(String url, String file, String type) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), url);
        assertEquals(type, response.headers().firstValue("Content-Type").orElse(""));
        Path path = Path.of("target", "reports", file);
        Files.createDirectories(path.getParent());
        Files.write(path, response.body());
        return path;
    }
}
