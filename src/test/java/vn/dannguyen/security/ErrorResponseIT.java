package vn.dannguyen.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dannguyen.Browser;
import vn.dannguyen.Deployments;
import vn.dannguyen.demo.DemoData;
import vn.dannguyen.people.LoginPage;

/**
 * Requests that end in an error page carry the same security headers as any page: an id that cannot be read
 * is "not found" with the normal 404 page on every page and file endpoint that takes one, and a fault in the
 * program is the normal 500 page, for a page drawn, an Ajax action and a servlet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorResponseIT {

    /** Ids that are not a record's number: a decimal, a word, more digits than a number of records holds. */
    private static final List<String> UNREADABLE_IDS = List.of("4.0", "abc", "99999999999999999999", "1e3");

    /** Every page and file endpoint that takes a record's id from the address. */
    private static final List<String> TAKING_AN_ID = List.of("petition/view?id=", "meeting/edit?id=", "mediation/edit?id=",
            "audit/petition?id=", "attachment/file?id=", "report/file?type=results&format=pdf&cycle=");

    private static final String FAILING_PAGE = """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" xmlns:f="jakarta.faces.core"
                            xmlns:ui="jakarta.faces.facelets" template="/WEB-INF/templates/layout.xhtml">
                <ui:define name="content">
                    <h:form id="failing">
                        <h:commandButton id="fail" value="fail" action="#{failingPage.fail}"><f:ajax execute="@form" render="@form"/></h:commandButton>
                    </h:form>
                    <h:outputText rendered="#{param.draw eq 'fail'}" value="#{failingPage.value}"/>
                </ui:define>
            </ui:composition>
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().addClasses(FailingPage.class, FailingServlet.class)
                .addAsWebResource(new StringAsset(FAILING_PAGE), "test/failing.xhtml");
    }

    @ArquillianResource
    URL base;

    private String session;

    @BeforeEach
    void signIn() {
        // The auditor may open every page and file endpoint that takes an id.
        try (Browser browser = new Browser()) {
            new LoginPage(browser, base).open().signIn("thanhtra", DemoData.DEMO_PASSWORD);
            session = browser.sessionCookie();
        }
    }

    @Test
    void anIdThatCannotBeReadIsNotFoundWithTheNormalPageAndTheHeaders() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String endpoint : TAKING_AN_ID) {
            for (String id : UNREADABLE_IDS) {
                HttpResponse<String> response = get(endpoint + id);
                String asked = endpoint + id;
                if (response.statusCode() != 404) {
                    wrong.add(asked + ": status " + response.statusCode());
                    continue;
                }
                if (!endpoint.contains("/file")) {
                    // A page answers with the application's 404 page; a file endpoint with the same page too.
                    assertTrue(response.body().contains("id=\"error404\""), asked + " shows the normal 404 page");
                }
                wrong.addAll(missingHeaders(asked, response.headers()));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aFaultInTheProgramIsTheNormalErrorPageWithTheHeaders() throws Exception {
        for (String failing : List.of("test/failing?draw=fail", "test/failing-file")) {
            HttpResponse<String> response = get(failing);
            assertEquals(500, response.statusCode(), failing);
            assertTrue(response.body().contains("id=\"error500\""), failing + " shows the normal 500 page");
            assertFalse(response.body().contains("IllegalStateException"), failing + " shows nothing technical");
            assertEquals(List.of(), missingHeaders(failing, response.headers()));
        }
    }

    @Test
    void aFaultInAnAjaxActionIsTheErrorPageWithTheHeaders() throws Exception {
        HttpResponse<String> page = get("test/failing");
        assertEquals(200, page.statusCode());
        String form = "jakarta.faces.partial.ajax=true&jakarta.faces.source=failing:fail&jakarta.faces.partial.execute=failing"
                + "&jakarta.faces.partial.render=failing&jakarta.faces.behavior.event=action&jakarta.faces.partial.event=click"
                + "&failing=failing&failing:fail=fail"
                + "&jakarta.faces.ViewState=" + encode(find(page.body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""))
                + "&primefaces.nonce=" + encode(find(page.body(), "PrimeFaces\\.csp\\.init\\('([^']+)'\\)"));
        HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(base + "test/failing")).timeout(Duration.ofSeconds(30))
                        .header("Cookie", "JSESSIONID=" + session).header("Faces-Request", "partial/ajax")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        // OmniFaces' full-Ajax handler answers with the 500 page drawn into the partial response.
        assertTrue(response.body().contains("error500"), response.body());
        assertEquals(List.of(), missingHeaders("an Ajax action", response.headers()));
    }

    /** What of the security headers (SecurityHeadersFilter) a response lacks or has otherwise. */
    private static List<String> missingHeaders(String asked, HttpHeaders headers) {
        List<String> wrong = new ArrayList<>();
        if (headers.allValues("Content-Security-Policy").stream().noneMatch(p -> p.contains("frame-ancestors 'none'")
                && p.contains("object-src 'none'") && p.contains("form-action 'self'"))) {
            wrong.add(asked + ": Content-Security-Policy " + headers.allValues("Content-Security-Policy"));
        }
        Map<String, String> expected = Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY",
                "Referrer-Policy", "same-origin");
        expected.forEach((name, value) -> {
            if (!headers.allValues(name).equals(List.of(value))) {
                wrong.add(asked + ": " + name + " " + headers.allValues(name));
            }
        });
        // Faces adds "no-cache" to every Ajax answer; "no-store" is what keeps personal data out of caches.
        if (!headers.allValues("Cache-Control").contains("no-store")) {
            wrong.add(asked + ": Cache-Control " + headers.allValues("Cache-Control"));
        }
        return wrong;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                        .header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String find(String page, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(page);
        assertTrue(matcher.find(), regex);
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
