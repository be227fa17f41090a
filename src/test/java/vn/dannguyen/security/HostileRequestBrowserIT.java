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
import java.util.LinkedHashMap;
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
import vn.dannguyen.DatabaseClient;

/**
 * Requests nobody's browser would send: a form post with a forged ViewState, with one replayed from
 * another session, with none, an oversize body; and uploads with a double extension or content that does
 * not match the name. All are refused and save nothing. No page that changes data is a transient view.
 */
class HostileRequestBrowserIT extends BrowserTest {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String EXPIRED = "Phiên làm việc đã hết hạn";
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
