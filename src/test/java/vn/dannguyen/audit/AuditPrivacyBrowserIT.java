package vn.dannguyen.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.browser.PrimeFacesAjax;

/**
 * The auditor reads a petition's history without learning who raised it, until they ask for an inspection with
 * a reason; the clerk's receipt points citizens to the configured address whatever Host the request claimed.
 */
class AuditPrivacyBrowserIT extends BrowserTest {

    private static final ResourceBundle VI = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));
    private static final String NAME = "Hoàng Thị Kiểm";
    private static final String PHONE = "0977 111 222";

    private static final By DISCLOSURE_TOGGLE = By.cssSelector("[id='disclosure:disclosurePanel'] > legend");

    private final String marker = "AP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @AfterEach
    void cleanUp() throws Exception {
        DatabaseClient.update("delete from petition where content like ?", "%" + marker + "%");
    }

    /** The counter clerk records a named petition; returns its tracking code. */
    private String recordAtTheCounter() {
        signIn("canbo");
        browser.open(base + "petition/new");
        browser.type(By.id("intake:content"), "Đề nghị lắp đèn chiếu sáng đường thôn Đồng Bèn " + marker);
        browser.selectOne("intake:category", "Giao thông");
        browser.type(By.id("intake:name"), NAME);
        browser.type(By.id("intake:phone"), PHONE);
        browser.driver().findElement(By.id("intake:save")).click();
        return browser.visible(By.id("trackingCode")).getText();
    }

    @Test
    void theAuditorSeesWhoRaisedAPetitionOnlyAfterAskingWithAReason() throws Exception {
        String code = recordAtTheCounter();
        long id = ((Number) DatabaseClient.single("select id from petition where tracking_code = ?", code)).longValue();

        signIn("thanhtra");
        browser.open(base + "petition/view?id=" + id);
        browser.visible(By.cssSelector("h1.app-title"));
        assertFalse(browser.bodyText().contains(NAME), "the petition page hides the petitioner from the auditor");
        browser.open(base + "audit/petition?id=" + id);
        browser.visible(DISCLOSURE_TOGGLE);
        String page = browser.bodyText();
        assertFalse(page.contains(NAME) || page.contains(PHONE), "the timeline hides the petitioner: " + page);
        assertTrue(page.contains(VI.getString("audit.masked.PERSONAL_DATA")), "and says a value is hidden");
        browser.screenshot("audit-timeline-masked");
        assertEquals(0L, events("PERSONAL_DATA_VIEWED", id), "masked pages are not views of personal data");

        // The fieldset slides open; with animations off the button is where it will stay when clicked.
        PrimeFacesAjax.disableAnimations(browser.driver());
        browser.driver().findElement(DISCLOSURE_TOGGLE).click();
        PrimeFacesAjax.guardAjax(browser.driver(), () -> browser.driver().findElement(By.id("disclosure:ask")).click());
        browser.waitForText(By.id("disclosureBox"), VI.getString("audit.disclosure.reasonRequired"));
        assertTrue(browser.visible(By.id("disclosure:reason")).isDisplayed(), "a refused request stays open to be completed");
        browser.type(By.id("disclosure:reason"), "Thanh tra việc tiếp nhận đơn theo kế hoạch 07/KH-TTr " + marker);
        PrimeFacesAjax.guardAjax(browser.driver(), () -> browser.driver().findElement(By.id("disclosure:ask")).click());
        browser.waitForText(By.id("timeline"), NAME);
        assertTrue(browser.bodyText().contains(VI.getString("audit.disclosure.done")));
        browser.screenshot("audit-timeline-disclosed");
        assertEquals(1L, events("IDENTITY_DISCLOSURE_ASKED", id));
        assertEquals(1L, events("PERSONAL_DATA_VIEWED", id), "the unmasked timeline is a recorded view");

        browser.open(base + "petition/view?id=" + id);
        browser.waitForText(By.cssSelector("main"), NAME);
        assertEquals(2L, events("PERSONAL_DATA_VIEWED", id), "so is the petition page after the request");
    }

    private static long events(String kind, long petitionId) throws Exception {
        return ((Number) DatabaseClient.single("select count(*) from audit_event where kind = ? and petition_id = ?"
                + " and username = 'thanhtra'", kind, petitionId)).longValue();
    }

    @Test
    void aReceiptPointsToTheConfiguredAddressWhateverHostTheRequestNamed() throws Exception {
        String code = recordAtTheCounter();
        byte[] pdf = getWithHost("/petition/receipt?code=" + code, "evil.example", browser.sessionCookie());
        Path file = Path.of("target", "screenshots", "receipt-host.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdftotext", "-raw", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertTrue(text.contains(code), text);
        assertFalse(text.contains("evil.example"), "the Host header never reaches the paper: " + text);
        assertTrue(text.replaceAll("\\s", "").contains("https://dannguyen.example.vn/tra-cuu?ma="),
                "the lookup address is DANNGUYEN_BASE_URL's: " + text);
    }

    /** A GET whose Host header says what a client likes (Java's HTTP client will not send another host's name). */
    private byte[] getWithHost(String path, String host, String session) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nCookie: JSESSIONID=" + session
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            String head = new String(all, 0, Math.min(all.length, 2000), StandardCharsets.ISO_8859_1);
            assertTrue(head.startsWith("HTTP/1.1 200"), head.lines().findFirst().orElse(""));
            assertFalse(head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked"), "the receipt is sent whole");
            int body = head.indexOf("\r\n\r\n") + 4;
            return Arrays.copyOfRange(all, body, all.length);
        }
    }
}
