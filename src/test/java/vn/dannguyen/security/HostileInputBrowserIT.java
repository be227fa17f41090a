package vn.dannguyen.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;

import vn.dannguyen.Browser;
import vn.dannguyen.Callers;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.Deployments;
import vn.dannguyen.TestData;
import vn.dannguyen.attachment.AttachmentOwner;
import vn.dannguyen.attachment.AttachmentService;
import vn.dannguyen.attachment.TestUploads;
import vn.dannguyen.demo.DemoData;
import vn.dannguyen.people.LoginPage;
import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.shared.BusinessException;

/**
 * The cross-site scripting corpus (src/test/resources/security/xss-payloads.txt, 50+ probes) goes in
 * where users type and where URLs carry values: petition text, petitioner's name and address, file
 * names, the search box, URL parameters. Headless Chromium then opens the pages that show them; no
 * probe may run (no alert) or turn into markup (no element or handler carrying the probe's token).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputBrowserIT {

    private static final String MARKER = "XC" + UUID.nameUUIDFromBytes(HostileInputBrowserIT.class.getName().getBytes())
            .toString().substring(0, 6).toUpperCase();
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    /** Finds probes that became markup: an element, a handler or a javascript: URL carrying the token. */
    private static final String INJECTED = """
            const hits = [];
            for (const e of document.querySelectorAll('*')) {
              if (['SCRIPT','IFRAME','OBJECT','EMBED','STYLE','LINK','META','BASE','SVG','MATH','VIDEO','AUDIO','MARQUEE','DETAILS']
                    .includes(e.tagName.toUpperCase()) && (e.outerHTML.includes('XSS'))) hits.push(e.tagName);
              for (const a of e.attributes) {
                const v = a.value.toLowerCase();
                if ((a.name.startsWith('on') && v.includes('xss')) || (v.trim().startsWith('javascript:') && v.includes('xss'))
                    || (a.name === 'onerror' || a.name === 'onload' || a.name === 'onfocus' || a.name === 'ontoggle'
                        || a.name === 'onmouseover' || a.name === 'onbegin' || a.name === 'onstart') && v.includes('alert'))
                  hits.push(e.tagName + '[' + a.name + ']');
              }
            }
            return hits.join(',');""";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers().addAsResource("security/xss-payloads.txt");
    }

    @Inject
    PetitionService petitions;

    @Inject
    AttachmentService attachments;

    @Inject
    TestData testData;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void theCorpusIsTypedIntoPetitionsNamesAndFileNames() throws Exception {
        List<String> corpus = corpus();
        assertTrue(corpus.size() >= 50, "at least 50 probes: " + corpus.size());
        long category = testData.category("OTHER");
        int filesKept = 0;
        for (int i = 0; i < corpus.size(); i++) {
            String probe = corpus.get(i);
            Petition petition = new Petition();
            petition.setChannel(Channel.COUNTER);
            petition.setContent(MARKER + " " + i + " " + probe);
            petition.setCategoryId(category);
            petition.setAnonymous(false);
            petition.setPetitionerName(cut(probe, Petition.NAME_LENGTH));
            petition.setPetitionerAddress(cut(probe, Petition.ADDRESS_LENGTH));
            petition.setSubmissionKey(UUID.randomUUID().toString());
            Petition recorded = Callers.as("canbo", () -> petitions.record(petition, null), "STAFF");
            try {
                Callers.as("canbo", () -> attachments.attach(AttachmentOwner.petition(recorded.getId(), recorded.getCommuneId()), TestUploads.of(cut(probe, 150) + ".pdf", PDF)), "STAFF");
                filesKept++;
            } catch (BusinessException refused) {
                // A name the upload check will not keep is refused outright: nothing of it reaches a page.
            }
        }
        System.out.printf("Hostile input: %d probes, %d kept as file names%n", corpus.size(), filesKept);
        assertTrue(filesKept >= corpus.size() / 2, "most probes reach a page as a file name too: " + filesKept);
    }

    @Test
    @Order(2)
    @RunAsClient
    void noProbeRunsOrBecomesMarkupOnAnyPageThatShowsIt() throws Exception {
        List<String> corpus = corpus();
        List<Object> ids = DatabaseClient.list("select id from petition where content like ? order by id", MARKER + " %");
        assertEquals(corpus.size(), ids.size());
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser()) {
            new LoginPage(browser, base).open().signIn("canbo", DemoData.DEMO_PASSWORD);
            // Each petition's page: text, name, address and the file name.
            for (Object id : ids) {
                Pages.check(browser, base, "petition/view?id=" + id, found);
            }
            // The list, searched for the marker: 20 rows of probes at a time.
            browser.open(base + "petition/list");
            browser.type(By.id("list:text"), MARKER);
            browser.driver().findElement(By.id("list:search")).click();
            browser.waitForAjax();
            Pages.inspect(browser, "petition/list search " + MARKER, found);
            browser.screenshot("hostile-input-list");
            // The search box itself, with a probe typed into it.
            for (String probe : corpus.subList(0, 12)) {
                browser.open(base + "petition/list");
                browser.type(By.id("list:text"), cut(probe, 200));
                browser.driver().findElement(By.id("list:search")).click();
                browser.waitForAjax();
                Pages.inspect(browser, "petition/list search box: " + probe, found);
            }

            browser.signOutAndForget();
            new LoginPage(browser, base).open().signIn("lanhdao", DemoData.DEMO_PASSWORD);
            Pages.check(browser, base, "leader/tasks", found);
            Pages.check(browser, base, "leader/dashboard", found);

            browser.signOutAndForget();
            new LoginPage(browser, base).open().signIn("thanhtra", DemoData.DEMO_PASSWORD);
            Pages.check(browser, base, "audit/petition?id=" + ids.get(0), found);
            Pages.check(browser, base, "audit/history", found);

            // URL parameters of the public pages and of pages that read an id, with nobody signed in and signed in.
            browser.signOutAndForget();
            for (String probe : corpus) {
                String value = URLEncoder.encode(probe, StandardCharsets.UTF_8);
                Pages.check(browser, base, "tra-cuu?ma=" + value, found);
                Pages.check(browser, base, "ket-qua?dot=" + value, found);
            }
            new LoginPage(browser, base).open().signIn("canbo", DemoData.DEMO_PASSWORD);
            for (String probe : corpus.subList(0, 10)) {
                Pages.check(browser, base, "petition/view?id=" + URLEncoder.encode(probe, StandardCharsets.UTF_8), found);
            }
        }
        assertTrue(found.isEmpty(), "probes that ran or became markup:\n" + String.join("\n", found));
    }

    @AfterAll
    static void removeProbes() throws Exception {
        if (System.getProperty("jboss.home.dir") != null) {
            return;
        }
        String mine = "select id from petition where content like '" + MARKER + " %'";
        DatabaseClient.update("delete from stored_file where petition_id in (" + mine + ")");
        DatabaseClient.update("delete from petition where content like ?", MARKER + " %");
    }

    /** Browser checks in their own class: the test class is also loaded in the server, which has no Selenium. */
    private static final class Pages {
        static void check(Browser browser, URL base, String page, List<String> found) {
            try {
                browser.open(base + page);
                Pages.inspect(browser, page, found);
            } catch (UnhandledAlertException alert) {
                found.add(page + ": an alert ran (" + alert.getAlertText() + ")");
            }
        }

        static void inspect(Browser browser, String where, List<String> found) {
            try {
                String text = browser.driver().switchTo().alert().getText();
                browser.driver().switchTo().alert().dismiss();
                found.add(where + ": an alert ran (" + text + ")");
                return;
            } catch (NoAlertPresentException none) {
                // as it should be
            }
            Object hits = ((JavascriptExecutor) browser.driver()).executeScript(INJECTED);
            if (hits != null && !hits.toString().isEmpty()) {
                found.add(where + ": " + hits);
            }
        }
    }

    private static List<String> corpus() throws IOException {
        try (InputStream in = HostileInputBrowserIT.class.getResourceAsStream("/security/xss-payloads.txt")) {
            if (in == null) {
                throw new IOException("security/xss-payloads.txt is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
