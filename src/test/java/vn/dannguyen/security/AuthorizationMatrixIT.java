package vn.dannguyen.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dannguyen.Browser;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.Deployments;
import vn.dannguyen.demo.DemoData;
import vn.dannguyen.fixture.FixtureClient;
import vn.dannguyen.people.LoginPage;

/**
 * Every page and endpoint, for every role, for a user of another commune and for nobody signed in:
 * allowed or refused as the table below says. The table must name every page in src/main/webapp, so a
 * page added without deciding who may open it fails here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    enum Who { ANONYMOUS, STAFF, LEADER, AUDITOR, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.of(Who.STAFF, Who.LEADER, Who.AUDITOR, Who.ADMIN);
    private static final Set<Who> READERS = EnumSet.of(Who.STAFF, Who.LEADER, Who.AUDITOR);
    private static final Set<Who> WORKERS = EnumSet.of(Who.STAFF, Who.LEADER);
    private static final String MARKER = "PQ" + UUID.nameUUIDFromBytes(AuthorizationMatrixIT.class.getName().getBytes())
            .toString().substring(0, 6).toUpperCase();
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @ArquillianResource
    URL base;

    /**
     * The demo commune's pages, for its demo accounts (one of each role, and a clerk of another commune);
     * the file the table checks is made here, on the commune's first petition.
     */
    @Test
    void everyPageAndEndpointIsAllowedOrRefusedAsTheTableSays() throws Exception {
        long petition = ((Number) DatabaseClient.single("select min(p.id) from petition p join app_user u on u.commune_id = p.commune_id"
                + " where u.username = 'canbo'")).longValue();
        long file = FixtureClient.ofTestServer().attach("canbo", petition, "bien-ban-" + MARKER + ".pdf", PDF).orElseThrow();
        String code = (String) DatabaseClient.single("select tracking_code from petition where id = ?", petition);
        long meeting = ((Number) DatabaseClient.single("select min(m.id) from meeting m join app_user u on u.commune_id = m.commune_id"
                + " where u.username = 'canbo'")).longValue();
        long cycle = ((Number) DatabaseClient.single("select min(c.id) from meeting_cycle c join app_user u on u.commune_id = c.commune_id"
                + " where u.username = 'canbo'")).longValue();

        Map<String, Set<Who>> pages = new LinkedHashMap<>();
        pages.put("login", EVERYONE);
        pages.put("tra-cuu", EVERYONE);
        pages.put("ket-qua", EVERYONE);
        pages.put("home", SIGNED_IN);
        pages.put("account/password", SIGNED_IN);
        pages.put("staff/home", WORKERS);
        pages.put("leader/home", EnumSet.of(Who.LEADER));
        pages.put("leader/dashboard", EnumSet.of(Who.LEADER));
        pages.put("leader/tasks", EnumSet.of(Who.LEADER));
        pages.put("task/mine", WORKERS);
        pages.put("task/reminders", WORKERS);
        pages.put("petition/list", READERS);
        pages.put("petition/view?id=" + petition, READERS);
        pages.put("petition/new", WORKERS);
        pages.put("petition/import", WORKERS);
        pages.put("meeting/list", READERS);
        pages.put("meeting/edit?id=" + meeting, READERS);
        pages.put("mediation/list", READERS);
        pages.put("mediation/edit", READERS);
        pages.put("report/index", READERS);
        pages.put("audit/home", EnumSet.of(Who.AUDITOR));
        pages.put("audit/history", EnumSet.of(Who.AUDITOR));
        pages.put("audit/petition?id=" + petition, EnumSet.of(Who.AUDITOR));
        pages.put("audit/verify", EnumSet.of(Who.AUDITOR));
        for (String admin : new String[] {"home", "communes", "villages", "departments", "categories", "deadlines"}) {
            pages.put("admin/" + admin, EnumSet.of(Who.ADMIN));
        }
        assertEquals(pagesInTheApplication(), new TreeSet<>(pages.keySet().stream().map(p -> p.replaceAll("\\?.*", "")).toList()),
                "every page of the application has a line in this table");
        // Endpoints that are not pages.
        // A petition's files follow who may know its petitioner: auditors only after asking (PetitionerPrivacy).
        pages.put("attachment/file?id=" + file, WORKERS);
        pages.put("petition/receipt?code=" + code, WORKERS);
        pages.put("petition/import-template", WORKERS);
        pages.put("report/file?type=compilation&cycle=" + cycle + "&format=pdf", READERS);

        Map<Who, String> sessions = new LinkedHashMap<>();
        sessions.put(Who.ANONYMOUS, null);
        sessions.put(Who.STAFF, signIn("canbo"));
        sessions.put(Who.LEADER, signIn("lanhdao"));
        sessions.put(Who.AUDITOR, signIn("thanhtra"));
        sessions.put(Who.ADMIN, signIn("quantri"));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Who>> page : pages.entrySet()) {
            for (Map.Entry<Who, String> session : sessions.entrySet()) {
                HttpResponse<String> response = get(page.getKey(), session.getValue());
                boolean allowed = page.getValue().contains(session.getKey());
                String outcome = outcome(response);
                if (allowed != "allowed".equals(outcome)) {
                    wrong.add(page.getKey() + " as " + session.getKey() + ": expected " + (allowed ? "allowed" : "refused")
                            + ", got " + response.statusCode() + " (" + outcome + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        // The menu offers each role only pages it may open, and the ones its work starts from.
        Map<Who, String> start = Map.of(Who.STAFF, "petition/list", Who.LEADER, "petition/list", Who.AUDITOR, "petition/list",
                Who.ADMIN, "admin/home");
        Map<Who, Set<String>> mustOffer = Map.of(
                Who.STAFF, Set.of("petition/new", "petition/list", "petition/import", "task/mine", "task/reminders", "meeting/list"),
                Who.LEADER, Set.of("petition/new", "petition/list", "leader/dashboard", "leader/tasks", "task/reminders", "report/index"),
                Who.AUDITOR, Set.of("petition/list", "audit/history", "audit/verify", "report/index", "mediation/list"),
                Who.ADMIN, Set.of("admin/communes", "admin/villages", "admin/departments", "admin/categories"));
        for (Who who : start.keySet()) {
            HttpResponse<String> startPage = get(start.get(who), sessions.get(who));
            assertEquals(200, startPage.statusCode(), who + " opens " + start.get(who));
            Set<String> offered = menuLinks(startPage.body());
            assertTrue(offered.containsAll(mustOffer.get(who)), who + "'s menu offers " + mustOffer.get(who) + ": " + offered);
            for (String link : offered) {
                assertTrue(pages.containsKey(link) && pages.get(link).contains(who), who + "'s menu offers " + link + ", which it may not open");
            }
        }

        // A user of another commune: the same roles, none of this commune's records (the same answer as "unknown").
        String other = signIn("canbo.minhxuan");
        for (String page : List.of("petition/view?id=" + petition, "attachment/file?id=" + file, "petition/receipt?code=" + code,
                "meeting/edit?id=" + meeting, "report/file?type=compilation&cycle=" + cycle + "&format=pdf")) {
            HttpResponse<String> response = get(page, other);
            assertEquals(404, response.statusCode(), page + " for a user of another commune");
            // The page's language links repeat the address asked for (so English keeps the page): that is what the
            // user sent, not what the record holds.
            String shown = response.body().replace(page.replace("&", "&amp;"), "");
            assertTrue(!shown.contains(code) && !shown.contains(MARKER), page + " leaks nothing");
        }
        HttpResponse<String> ownList = get("petition/list", other);
        assertTrue(!ownList.body().contains(code), "another commune's petition is not in the list");
    }

    @AfterEach
    void removeTheFile() throws Exception {
        DatabaseClient.update("delete from stored_file where file_name = ?", "bien-ban-" + MARKER + ".pdf");
    }

    /** The pages the layout's menu links to, as paths like those of the table ("petition/new"). */
    private Set<String> menuLinks(String page) {
        int from = page.indexOf("id=\"navigation\"");
        assertTrue(from >= 0, "the page has the menu");
        String menu = page.substring(from, page.indexOf("</form>", from));
        String context = base.getPath();
        Set<String> links = new TreeSet<>();
        Matcher href = Pattern.compile("href=\"([^\"#]+)\"").matcher(menu);
        while (href.find()) {
            String path = href.group(1).replaceAll("[?;].*", "").replaceAll("\\.xhtml$", "");
            links.add(path.startsWith(context) ? path.substring(context.length()) : path);
        }
        return links;
    }

    /** allowed (200), or how it was refused: sent to sign in, forbidden, not found. */
    private static String outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 200) {
            return response.body().contains("id=\"login:username\"") && !response.uri().getPath().endsWith("/login")
                    ? "sign-in form" : "allowed";
        }
        if (status == 302 || status == 303) {
            // Sent to sign in is a refusal; any other redirect (home sends each role to its own page) lets the user on.
            return response.headers().firstValue("Location").orElse("").contains("/login") ? "sent to sign in" : "allowed";
        }
        return status == 401 ? "unauthenticated" : status == 403 ? "forbidden" : status == 404 ? "not found" : "status " + status;
    }

    private HttpResponse<String> get(String page, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + page)).timeout(Duration.ofSeconds(30));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signIn(String username) {
        try (Browser browser = new Browser()) {
            new LoginPage(browser, base).open().signIn(username, DemoData.DEMO_PASSWORD);
            return browser.sessionCookie();
        }
    }

    /** Every .xhtml page outside WEB-INF, as a path without the extension. */
    private static Set<String> pagesInTheApplication() throws Exception {
        Path webapp = Path.of("src", "main", "webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return new TreeSet<>(files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("WEB-INF/") && !f.startsWith("resources/"))
                    .map(f -> f.substring(0, f.length() - ".xhtml".length()))
                    .toList());
        }
    }
}
