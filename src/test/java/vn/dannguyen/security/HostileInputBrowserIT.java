package vn.dannguyen.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.fixture.CommuneFixture;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionListPage;

/**
 * The cross-site scripting corpus (src/test/resources/security/xss-payloads.txt, 50+ probes) goes in
 * where users type and where URLs carry values: petition text, petitioner's name and address, file
 * names, the search box, URL parameters. Headless Chromium then opens the pages that show them; no
 * probe may run (no alert) or turn into markup (no element or handler carrying the probe's token).
 */
class HostileInputBrowserIT extends BrowserTest {

    private static final String MARKER = "XC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
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

    @RegisterExtension
    final CommuneFixture commune = new CommuneFixture("Xã Kiểm Thử Mã Độc");

    @Test
    void noProbeRunsOrBecomesMarkupOnAnyPageThatShowsIt() throws Exception {
        List<String> corpus = corpus();
        assertTrue(corpus.size() >= 50, "at least 50 probes: " + corpus.size());
        List<Long> ids = new ArrayList<>();
        int filesKept = 0;
        for (int i = 0; i < corpus.size(); i++) {
            String probe = corpus.get(i);
            long id = commune.server().petition(commune.staff(), MARKER + " " + i + " " + probe, "OTHER",
                    cut(probe, Petition.NAME_LENGTH), cut(probe, Petition.ADDRESS_LENGTH)).id();
            ids.add(id);
            // A name the upload check will not keep is refused outright: nothing of it reaches a page.
            if (commune.server().attach(commune.staff(), id, cut(probe, 150) + ".pdf", PDF).isPresent()) {
                filesKept++;
            }
        }
        System.out.printf("Hostile input: %d probes, %d kept as file names%n", corpus.size(), filesKept);
        assertTrue(filesKept >= corpus.size() / 2, "most probes reach a page as a file name too: " + filesKept);

        List<String> found = new ArrayList<>();
        signInAs(commune.staff());
        // Each petition's page: text, name, address and the file name.
        for (long id : ids) {
            check("petition/view?id=" + id, found);
        }
        // The list, searched for the marker: 20 rows of probes at a time.
        PetitionListPage.open(browser, base.toString()).search(MARKER);
        inspect("petition/list search " + MARKER, found);
        browser.screenshot("hostile-input-list");
        // The search box itself, with a probe typed into it.
        for (String probe : corpus.subList(0, 12)) {
            PetitionListPage.open(browser, base.toString()).search(cut(probe, 200));
            inspect("petition/list search box: " + probe, found);
        }

        signInAs(commune.leader());
        check("leader/tasks", found);
        check("leader/dashboard", found);

        signInAs(commune.auditor());
        check("audit/petition?id=" + ids.get(0), found);
        check("audit/history", found);

        // URL parameters of the public pages and of pages that read an id, with nobody signed in and signed in.
        browser.signOutAndForget();
        for (String probe : corpus) {
            String value = URLEncoder.encode(probe, StandardCharsets.UTF_8);
            check("tra-cuu?ma=" + value, found);
            check("ket-qua?dot=" + value, found);
        }
        signInAs(commune.staff());
        for (String probe : corpus.subList(0, 10)) {
            check("petition/view?id=" + URLEncoder.encode(probe, StandardCharsets.UTF_8), found);
        }
        assertTrue(found.isEmpty(), "probes that ran or became markup:\n" + String.join("\n", found));
    }

    private void check(String page, List<String> found) {
        try {
            browser.open(base + page);
            inspect(page, found);
        } catch (UnhandledAlertException alert) {
            found.add(page + ": an alert ran (" + alert.getAlertText() + ")");
        }
    }

    private void inspect(String where, List<String> found) {
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
