package vn.dannguyen.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.BrowserTest;

/**
 * The headers every page carries, and the session cookie's flags, as a browser receives them; and that the
 * pages still work under the policy (PrimeFaces' scripts run with their nonce).
 */
class SecurityHeadersIT extends BrowserTest {

    @Test
    void pagesCarryThePolicyAndTheSessionCookieItsFlags() throws Exception {
        for (String page : List.of("login", "tra-cuu", "ket-qua")) {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + page)).build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpHeaders headers = response.headers();
            assertEquals(200, response.statusCode(), page);
            List<String> policies = headers.allValues("Content-Security-Policy");
            assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'") && p.contains("object-src 'none'")
                    && p.contains("form-action 'self'")), page + ": " + policies);
            assertTrue(policies.stream().anyMatch(p -> p.contains("script-src") && p.contains("'nonce-")),
                    page + ": scripts only with the page's nonce: " + policies);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), page);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), page);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), page);
            assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""), page);
            assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over TLS");
        }
        HttpResponse<Void> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "login")).build(),
                HttpResponse.BodyHandlers.discarding());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);

        // Under the policy the pages still work: sign in (PrimeFaces' ajax) and open a menu.
        signIn("lanhdao");
        browser.open(base + "leader/dashboard");
        browser.visible(By.cssSelector("h1.app-title"));
        assertTrue(browser.bodyText().contains("Bảng tổng hợp"), "the dashboard renders under the policy");
    }
}
