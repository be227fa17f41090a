package vn.dannguyen.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.attachment.TestUploads;
import vn.dannguyen.DatabaseClient;

/**
 * Requests nobody's browser would send: a form post with a forged ViewState, with one replayed from
 * another session, with none, an oversize body; and uploads with a double extension or content that does
 * not match the name. All are refused and save nothing. No page that changes data is a transient view.
 */
class HostileRequestBrowserIT extends BrowserTest {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String EXPIRED = "Phiên làm việc đã hết hạn";
    private static final ResourceBundle VIETNAMESE = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));
    private final String marker = "HR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @AfterEach
    void cleanUp() throws Exception {
        DatabaseClient.update("delete from petition where content like ?", "%" + marker + "%");
    }

    @Test
    void formPostsWithoutTheirOwnSessionsViewStateAreRefusedAndSaveNothing() throws Exception {
        signIn("canbo");
        String session = browser.sessionCookie();
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("petition/new")).GET(), session);
        assertEquals(200, form.statusCode());
        String genuine = viewState(form.body());

        // A forged ViewState, one from another user's session, and none at all.
        signIn("lanhdao");
        String otherSession = browser.sessionCookie();
        String replayed = viewState(send(HttpRequest.newBuilder(uri("petition/new")).GET(), otherSession).body());
        for (String viewState : new String[] {"-123456789:987654321", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwAA", replayed}) {
            HttpResponse<String> post = send(post("petition/new", intakeFields(viewState)), session);
            assertTrue(post.statusCode() >= 400 || post.body().contains(EXPIRED),
                    "a post with ViewState " + viewState + " is refused: " + post.statusCode());
        }
        // Without any ViewState the post is not a post-back at all: the empty form is shown, nothing it carried is read.
        HttpResponse<String> none = send(post("petition/new", intakeFields(null)), session);
        assertFalse(none.body().contains(marker), "nothing of a post without a ViewState is decoded");
        // The control: the same post with the session's own ViewState (and PrimeFaces' CSP nonce) is read, and
        // fails only the form's own checks.
        Map<String, String> genuineFields = intakeFields(genuine);
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(form.body());
        if (nonce.find()) {
            genuineFields.put("primefaces.nonce", nonce.group(1));
        }
        HttpResponse<String> control = send(post("petition/new", genuineFields), session);
        assertEquals(200, control.statusCode());
        assertFalse(control.body().contains(EXPIRED), "the genuine ViewState is accepted");
        // The genuine ViewState posted without the session it belongs to: sent to sign in.
        HttpResponse<String> anonymous = send(post("petition/new", intakeFields(genuine)), null);
        assertTrue(anonymous.statusCode() == 302 && anonymous.headers().firstValue("Location").orElse("").contains("/login"),
                "without a session: sent to sign in, got " + anonymous.statusCode());
        assertEquals(0L, count(), "nothing was saved");
    }

    @Test
    void anOversizeBodyIsRefusedAndTheServerGoesOn() throws Exception {
        signIn("canbo");
        String session = browser.sessionCookie();
        String boundary = "----dn" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"intake:files\"; filename=\"bien-ban.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new byte[head.length + 30 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("petition/new"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)), session);
            assertTrue(response.statusCode() >= 400, "a 30 MB body is refused, got " + response.statusCode());
        } catch (java.io.IOException closedByTheServer) {
            // Undertow may also stop reading and close the connection: refused before the body was taken in.
        }
        assertEquals(200, send(HttpRequest.newBuilder(uri("petition/new")).GET(), session).statusCode(), "and the server goes on");
    }

    /**
     * The limits the pages and SECURITY.md state are the server's: a 15 MB scan (above Undertow's default 10 MB
     * request size, below the 20 MB per file) is taken; one above 20 MB is refused in the browser with the limit
     * named; the same file sent past the browser is refused by the server (multipart-config), which goes on.
     */
    @Test
    void aFileUpToTheStatedLimitIsTakenAndALargerOneIsRefusedWithAMessage() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "hostile-uploads"));
        Path fifteen = TestUploads.pdfOfSize(dir.resolve("ban-scan-15mb-" + marker + ".pdf"), 15 * 1024 * 1024);
        Path tooLarge = TestUploads.pdfOfSize(dir.resolve("ban-scan-21mb-" + marker + ".pdf"), 21 * 1024 * 1024);
        try {
            signIn("canbo");
            browser.open(base + "petition/new");
            browser.driver().findElement(By.cssSelector("#intake\\:files input[type=file]")).sendKeys(fifteen.toAbsolutePath().toString());
            browser.waitForText(By.id("intake:attachedFiles"), fifteen.getFileName().toString());

            browser.driver().findElement(By.cssSelector("#intake\\:files input[type=file]")).sendKeys(tooLarge.toAbsolutePath().toString());
            browser.waitForText(By.id("intake:files"), tooLarge.getFileName().toString());
            String refused = browser.driver().findElement(By.id("intake:files")).getText();
            assertTrue(refused.contains(MessageFormat.format(VIETNAMESE.getString("attachment.error.tooLarge"), tooLarge.getFileName())),
                    refused);
            browser.screenshot("upload-size-limits");
            assertFalse(browser.driver().findElement(By.id("intake:attachedFiles")).getText().contains(tooLarge.getFileName().toString()));

            // Past the browser's check: the server refuses the file (Undertow ends the request) and goes on.
            String page = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1], form = document.getElementById('intake');"
                            + " var data = new FormData();"
                            + " data.append('jakarta.faces.ViewState', form.querySelector('[name=\"jakarta.faces.ViewState\"]').value);"
                            + " data.append('intake', 'intake'); data.append('jakarta.faces.partial.ajax', 'true');"
                            + " data.append('jakarta.faces.source', 'intake:files'); data.append('jakarta.faces.partial.execute', 'intake:files');"
                            + " data.append('jakarta.faces.partial.render', 'intake:attachedFiles messages');"
                            + " data.append('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE);"
                            + " data.append('intake:files', new File([new Uint8Array(arguments[0])], arguments[1], {type: 'application/pdf'}));"
                            + " fetch(location.href, {method: 'POST', body: data, headers: {'Faces-Request': 'partial/ajax'}})"
                            + ".then(function (r) { return r.status + ' ' + r.text(); }, function (e) { return 'failed: ' + e; })"
                            + ".then(function (t) { done(String(t)); });",
                    21 * 1024 * 1024, tooLarge.getFileName().toString());
            assertFalse(page.contains(tooLarge.getFileName().toString()), "the server did not take it: " + page);
            assertEquals(200, send(HttpRequest.newBuilder(uri("petition/new")).GET(), browser.sessionCookie()).statusCode(),
                    "and the server goes on");
        } finally {
            Files.deleteIfExists(fifteen);
            Files.deleteIfExists(tooLarge);
        }
    }

    @Test
    void uploadsWithADoubleExtensionOrContentNotMatchingTheNameAreRefused() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "hostile-uploads"));
        Path doubleExtension = Files.writeString(dir.resolve("anh-hien-truong.php.jpg"), "<?php system($_GET['c']); ?>");
        Path mismatch = Files.writeString(dir.resolve("bien-ban-hop.pdf"), "<!DOCTYPE html><script>alert('XSS')</script>");
        Path executable = Files.write(dir.resolve("danh-sach.xlsx.exe"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        signIn("canbo");
        browser.open(base + "petition/new");
        for (Path file : new Path[] {doubleExtension, mismatch, executable}) {
            browser.driver().findElement(By.cssSelector("#intake\\:files input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            // The clerk is told, naming the file, why it was refused.
            browser.waitForText(By.id("messages"), file.getFileName().toString());
            String message = browser.driver().findElement(By.id("messages")).getText();
            assertTrue(message.contains("hai phần đuôi") || message.contains("không thuộc loại") || message.contains("không đúng với"),
                    message);
        }
        browser.screenshot("hostile-uploads-refused");
        String attached = browser.driver().findElement(By.id("intake:attachedFiles")).getText();
        assertFalse(attached.contains("anh-hien-truong") || attached.contains("bien-ban-hop") || attached.contains("danh-sach"),
                "nothing kept: " + attached);
    }

    @Test
    void noFormThatChangesDataIsATransientView() throws Exception {
        Path webapp = Path.of("src", "main", "webapp");
        try (Stream<Path> pages = Files.walk(webapp)) {
            String transientPages = pages.filter(p -> p.toString().endsWith(".xhtml")).filter(p -> {
                try {
                    return Files.readString(p).replace(" ", "").contains("transient=\"true\"");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).collect(Collectors.joining(", "));
            assertEquals("", transientPages, "transient views skip the ViewState check");
        }
    }

    private Map<String, String> intakeFields(String viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("intake", "intake");
        fields.put("intake:content", "Kiến nghị giả mạo " + marker);
        fields.put("intake:save", "");
        if (viewState != null) {
            fields.put("jakarta.faces.ViewState", viewState);
        }
        return fields;
    }

    private HttpRequest.Builder post(String page, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(page)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String session) throws Exception {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build()
                .send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String page) {
        return URI.create(base + page);
    }

    private static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        assertTrue(matcher.find(), "the page has a ViewState");
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private long count() throws Exception {
        return ((Number) DatabaseClient.single("select count(*) from petition where content like ?", "%" + marker + "%")).longValue();
    }
}
