package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.Labels;

/** A clerk at the service-centre counter records a walk-in's petition, prints the receipt, and finds it again. */
class PetitionIntakeBrowserIT extends BrowserTest {

    /** A word no other petition has, so the test finds only what it made. */
    private final String marker = "MK" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeEach
    void startSignedIn() {
        signIn("canbo");
    }

    @AfterEach
    void cleanUp() throws Exception {
        DatabaseClient.update("delete from petition where content like ?", "%" + marker + "%");
    }

    @Test
    void aWalkInPetitionGetsATrackingCodeAndAPrintableReceipt() throws Exception {
        IntakePage intake = IntakePage.open(browser, base.toString()).fill(new IntakePage.Walkin(
                "Đề nghị sửa chữa cầu Ngô Sơn bị xuống cấp, hồ sơ " + marker, "Giao thông", "Thôn Ngô Sơn", "Trần Thị Lan", "0987 654 321"));
        browser.screenshot("petition-new-filled");
        String code = intake.save();
        assertTrue(code.matches("\\d{6}-\\d{6}-[A-Z0-9]{3}"), code);
        browser.screenshot("petition-new-recorded");
        assertEquals("Trần Thị Lan", DatabaseClient.single("select petitioner_name from petition where tracking_code = ?", code));

        HttpResponse<byte[]> receipt = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "petition/receipt?code=" + code))
                .header("Cookie", "JSESSIONID=" + browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, receipt.statusCode());
        assertEquals("application/pdf", receipt.headers().firstValue("Content-Type").orElse(""));
        Path pdf = Path.of("target", "screenshots", "receipt.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, receipt.body());
        String text = run("pdftotext", "-layout", pdf.toString(), "-");
        assertTrue(text.contains("PHIẾU TIẾP NHẬN KIẾN NGHỊ, PHẢN ÁNH"), text);
        assertTrue(text.contains(code), "the receipt carries the tracking code");
        assertTrue(text.contains("Trần Thị Lan") && text.contains(marker), text);
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "the national heading");
        run("pdftoppm", "-png", "-r", "60", "-singlefile", pdf.toString(), Path.of("target", "screenshots", "receipt").toString());
        assertTrue(Files.size(Path.of("target", "screenshots", "receipt.png")) > 5_000, "the receipt renders to a page image");

        // At home, without an account, the citizen checks the code from the receipt: status, no personal data.
        browser.signOutAndForget();
        browser.open(base + "tra-cuu");
        browser.type(By.id("ma"), code.toLowerCase());
        browser.driver().findElement(By.id("lookupSubmit")).click();
        assertEquals(Labels.vi("petition.status.RECEIVED"), browser.visible(By.id("statusText")).getText());
        String page = browser.bodyText();
        assertTrue(page.contains(code) && page.contains("Xã Mỹ Bằng") && page.contains("Giao thông"), page);
        for (String personal : new String[] {"Trần Thị Lan", "0987 654 321", marker, "Nguyễn Thị Hoa"}) {
            assertTrue(!page.contains(personal), "the public page shows no " + personal);
        }
        browser.screenshot("citizen-lookup");
        browser.open(base + "tra-cuu?ma=260001-999999-ZZZ");
        browser.visible(By.id("notFound"));
    }

    /**
     * A stack of petitions at the counter: "receive another" shows an empty form at once (it came with the
     * save's answer, with its own submission key), and a refused save of the next one does not bring back the
     * panel of the one before.
     */
    @Test
    void aClerkReceivesOnePetitionAfterAnother() throws Exception {
        browser.open(base + "petition/new");
        browser.type(By.id("intake:content"), "Ùn tắc giao thông giờ tan học trên đường thôn Đông Xuyên " + marker);
        browser.selectOne("intake:category", "Giao thông");
        browser.type(By.id("intake:name"), "Đỗ Văn Hải");
        String firstKey = value("intake:submissionKey");
        browser.driver().findElement(By.id("intake:save")).click();
        String first = browser.visible(By.id("trackingCode")).getText();
        browser.waitForAjax();
        assertFalse(browser.driver().findElement(By.id("intake:content")).isDisplayed(), "the next form waits behind the panel");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).until(d ->
                "next".equals(d.switchTo().activeElement().getAttribute("id")));

        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.visible(By.id("intake:content"));
        browser.waitUntilGone(By.id("trackingCode"));
        assertEquals("", value("intake:content"), "an empty form");
        assertEquals("", browser.driver().findElement(By.id("messages")).getText(), "the first one's message is gone");
        assertEquals("intake:content", browser.driver().switchTo().activeElement().getAttribute("id"), "the cursor is in the text");
        assertNotEquals(firstKey, value("intake:submissionKey"), "the next petition has a key of its own");
        browser.screenshot("petition-new-next");

        browser.driver().findElement(By.id("intake:save")).click();
        browser.waitForText(By.id("intake"), "không được để trống");
        assertTrue(browser.driver().findElements(By.id("trackingCode")).isEmpty(), "a refused save shows no earlier code");
        assertTrue(browser.driver().findElement(By.id("intake:content")).isDisplayed());

        browser.type(By.id("intake:content"), "Nạo vét kênh tiêu thôn Đông Xuyên trước mùa mưa " + marker);
        browser.selectOne("intake:category", "Thủy lợi, đê điều");
        browser.type(By.id("intake:name"), "Hoàng Thị Mai");
        assertEquals(value("intake:submissionKey"), ((JavascriptExecutor) browser.driver()).executeScript(
                "return JSON.parse(localStorage.getItem('dannguyen-draft-petition-new-canbo')).key;"), "kept as a draft under its own key");
        browser.driver().findElement(By.id("intake:save")).click();
        browser.waitForText(By.id("messages"), "Đã tiếp nhận");
        String second = browser.visible(By.id("trackingCode")).getText();
        assertNotEquals(first, second);
        // After a refused save the server drew this next form whole: it too is empty.
        browser.waitForAjax();
        browser.driver().findElement(By.id("next")).click();
        browser.visible(By.id("intake:content"));
        assertEquals("", value("intake:content"));
        assertEquals("", value("intake:name"));
        assertEquals("— Chọn —", browser.driver().findElement(By.id("intake:category_label")).getText());
        assertTrue(browser.driver().findElements(By.cssSelector("#intake .ui-state-error, #intake .ui-message-error")).isEmpty());
        assertEquals(2L, ((Number) DatabaseClient.single("select count(*) from petition where content like ?", "%" + marker + "%")).longValue());
    }

    /**
     * The next petition's form is emptied in the browser (the save's answer does not draw it): every field, switch
     * and choice of a petition that used them all is back as a newly opened form has it, and so is a form whose
     * petition was anonymous (its name fields come back). A form that showed errors is drawn again by the server.
     */
    @Test
    void everyFieldOfTheSavedPetitionIsEmptiedForTheNext() throws Exception {
        browser.open(base + "petition/new");
        browser.waitForAjax();
        String opened = formValues();
        // Gone if the page were loaded again (what the browser falls back on when it cannot empty the form).
        ((JavascriptExecutor) browser.driver()).executeScript("window.samePageSinceOpened = true;");
        browser.driver().findElement(By.xpath("//div[@id='intake:channel']//span[text()='Điện thoại']/..")).click();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.getWidgetById('intake:receivedOn').setDate(new Date(2026, 10, 1));");
        browser.selectOne("intake:kind", "Khiếu nại");
        browser.selectOne("intake:competence", "Cấp tỉnh");
        browser.type(By.id("intake:content"), "Tranh chấp ranh giới đất giữa hai hộ ở thôn Ngô Sơn " + marker);
        browser.selectOne("intake:category", "Giao thông");
        browser.visible(By.id("intake:village")).click();
        browser.type(By.id("intake:village_filter"), "Ngô");
        browser.selectOne("intake:village", "Thôn Ngô Sơn");
        browser.type(By.id("intake:name"), "Lý Văn Sáng");
        browser.type(By.id("intake:phone"), "0912 000 111");
        browser.type(By.id("intake:address"), "Xóm Chùa, thôn Ngô Sơn");
        browser.type(By.id("intake:email"), "sang@example.vn");
        browser.type(By.id("intake:language_input"), "Tiếng Sán Dìu");
        try {
            // The suggestions open after the field's delay; closed before the next click, which they would cover.
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(3))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id("intake:language_panel")));
        } catch (org.openqa.selenium.TimeoutException noSuggestion) {
            // nothing to close
        }
        browser.waitForAjax();
        browser.driver().findElement(By.id("intake:language_input")).sendKeys(Keys.ESCAPE);
        browser.waitUntilGone(By.id("intake:language_panel"));
        browser.driver().findElement(By.cssSelector("#intake\\:interpreter .ui-toggleswitch-slider")).click();
        browser.waitForAjax();
        assertNotEquals(opened, formValues(), "every field was changed");
        browser.screenshot("petition-new-every-field");
        browser.driver().findElement(By.id("intake:save")).click();
        browser.waitForText(By.id("messages"), "Đã tiếp nhận");
        String code = browser.visible(By.id("trackingCode")).getText();
        browser.waitForAjax();
        assertEquals("HOTLINE|COMPLAINT|PROVINCE|Lý Văn Sáng|sang@example.vn|Tiếng Sán Dìu|1|2026-11-01", DatabaseClient.single(
                "select concat_ws('|', channel, kind, competence, petitioner_name, petitioner_email, language, interpreter_used, received_on)"
                        + " from petition where tracking_code = ?", code));
        browser.driver().findElement(By.id("next")).click();
        browser.visible(By.id("intake:content"));
        assertSamePage();
        assertEquals(opened, formValues(), "the next form is as a newly opened one");

        // Anonymous: the name fields were taken away; the next form has them again, empty.
        browser.type(By.id("intake:content"), "Xe chở đất rơi vãi trên đường liên xã " + marker);
        browser.selectOne("intake:category", "Giao thông");
        browser.driver().findElement(By.cssSelector("#intake\\:anonymous .ui-toggleswitch-slider")).click();
        browser.waitUntilGone(By.id("intake:name"));
        browser.driver().findElement(By.id("intake:save")).click();
        browser.waitForText(By.id("messages"), "Đã tiếp nhận");
        browser.waitForAjax();
        browser.driver().findElement(By.id("next")).click();
        browser.visible(By.id("intake:name"));
        browser.waitForAjax();
        assertSamePage();
        assertEquals(opened, formValues(), "after an anonymous petition, a named one can be received");

        // A refused save marks the field; a refusal of another kind (no name) takes the marks away; once saved, the
        // next form shows none.
        browser.type(By.id("intake:content"), "Đề nghị lắp đèn đường thôn Đông Xuyên " + marker);
        browser.driver().findElement(By.id("intake:save")).click();
        browser.waitForText(By.id("intake"), "không được để trống");
        browser.selectOne("intake:category", "Giao thông");
        browser.driver().findElement(By.id("intake:save")).click();
        browser.waitForText(By.id("messages"), "Hãy ghi họ tên");
        browser.waitForAjax();
        assertTrue(browser.driver().findElements(By.cssSelector("#intake .ui-state-error, #intake .ui-message-error")).isEmpty(),
                "the marks of the first refusal are gone");
        browser.type(By.id("intake:name"), "Ninh Thị Hằng");
        browser.driver().findElement(By.id("intake:save")).click();
        browser.waitForText(By.id("messages"), "Đã tiếp nhận");
        browser.waitForAjax();
        browser.driver().findElement(By.id("next")).click();
        browser.visible(By.id("intake:content"));
        assertTrue(browser.driver().findElements(By.cssSelector("#intake .ui-state-error, #intake .ui-message-error")).isEmpty(),
                "no error marks from the refused save");
        assertSamePage();
        assertEquals(opened, formValues());
        assertEquals("1|-|Tiếng Việt|0", DatabaseClient.single("select concat_ws('|', anonymous, coalesce(petitioner_name, '-'), language,"
                + " interpreter_used) from petition where content like ?", "Xe chở đất%" + marker + "%"));
        assertEquals("0|Ninh Thị Hằng|-|COUNTER", DatabaseClient.single("select concat_ws('|', anonymous, petitioner_name,"
                + " coalesce(village_id, '-'), channel) from petition where content like ?", "Đề nghị lắp đèn%" + marker + "%"));
        assertEquals(3L, ((Number) DatabaseClient.single("select count(*) from petition where content like ?", "%" + marker + "%")).longValue());
    }

    private void assertSamePage() {
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript("return window.samePageSinceOpened === true;"),
                "the form was emptied in the page, not loaded again");
    }

    /** What the intake form shows: its fields, switches, choices and the select menus' labels (not the key). */
    private String formValues() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "var form = document.getElementById('intake'), out = [];"
                        + " form.querySelectorAll('textarea[id], input[id][type=text], input[id][type=tel], input[id][type=email], select[id]')"
                        + ".forEach(function (f) { out.push(f.id + '=' + f.value); });"
                        + " form.querySelectorAll('input[type=checkbox][id]').forEach(function (b) { out.push(b.id + '=' + b.checked); });"
                        + " form.querySelectorAll('input[type=radio]:checked').forEach(function (r) { out.push(r.name + '=' + r.value); });"
                        + " form.querySelectorAll('.ui-selectonemenu-label').forEach(function (l) { out.push(l.id + '=' + l.textContent); });"
                        + " form.querySelectorAll('.ui-selectonebutton .ui-state-active').forEach(function (b) { out.push('active=' + b.textContent); });"
                        // The select menus' panels (with their search boxes) and the date picker's own date.
                        + " document.querySelectorAll('[id^=\"intake:\"][id$=\"_filter\"]').forEach(function (f) { out.push(f.id + '=' + f.value); });"
                        + " document.querySelectorAll('[id^=\"intake:\"][id$=\"_panel\"]').forEach(function (p) {"
                        + " out.push(p.id + ' hidden items=' + Array.from(p.querySelectorAll('li')).filter(function (li) { return li.style.display === 'none'; }).length); });"
                        + " var day = PrimeFaces.getWidgetById('intake:receivedOn').getDate(); out.push('picker=' + (day && day.toDateString()));"
                        + " return out.sort().join('\\n');");
    }

    /**
     * The save's answer is lost on the way (the next form with it), and the browser sends the same form again:
     * the server has moved on to the next petition's key, yet recognises the one sent and records nothing new.
     */
    @Test
    void aSaveSentAgainAfterItsAnswerWasLostIsNotRecordedTwice() throws Exception {
        browser.open(base + "petition/new");
        String content = "Sạt lở bờ sông Cầu đoạn qua thôn Ngô Sơn " + marker;
        browser.type(By.id("intake:content"), content);
        browser.selectOne("intake:category", "Thủy lợi, đê điều");
        browser.type(By.id("intake:name"), "Vi Văn Định");
        browser.waitForAjax();
        // What the save button sends, taken before it is pressed.
        String sent = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "var data = new URLSearchParams(new FormData(document.getElementById('intake')));"
                        + " data.set('jakarta.faces.partial.ajax', 'true'); data.set('jakarta.faces.source', 'intake:save');"
                        + " data.set('jakarta.faces.partial.execute', 'intake'); data.set('jakarta.faces.partial.render', 'intake result');"
                        + " data.set('intake:save', 'intake:save'); data.set('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE);"
                        + " return data.toString();");
        browser.driver().findElement(By.id("intake:save")).click();
        String code = browser.visible(By.id("trackingCode")).getText();
        browser.waitForAjax();

        String answer = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " fetch(location.href, {method: 'POST', body: arguments[0], headers: {'Faces-Request': 'partial/ajax',"
                        + " 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8'}})"
                        + ".then(function (r) { return r.text(); }).then(function (text) {"
                        // The partial response's updates, as the text a person would read in them.
                        + " var xml = new DOMParser().parseFromString(text, 'text/xml');"
                        + " var html = Array.from(xml.getElementsByTagName('update')).map(function (u) { return u.textContent; }).join(' ');"
                        + " done(new DOMParser().parseFromString(html, 'text/html').body.textContent);"
                        + " }, function (e) { done('failed: ' + e); });", sent);
        assertTrue(answer.contains("đã được lưu trước đó") && answer.contains(code), answer);
        assertEquals(1L, ((Number) DatabaseClient.single("select count(*) from petition where content = ?", content)).longValue());
    }

    private String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    @Test
    void missingFieldsAreNamedInVietnameseAndWhatWasTypedStays() {
        browser.open(base + "petition/new");
        browser.type(By.id("intake:content"), "Đèn đường hỏng " + marker);
        browser.type(By.id("intake:phone"), "không phải số");
        browser.driver().findElement(By.id("intake:save")).click();
        browser.waitForText(By.id("intake"), "không được để trống");
        browser.waitForText(By.id("intake"), "chỉ gồm chữ số");
        browser.screenshot("petition-new-invalid");
        assertEquals("Đèn đường hỏng " + marker, browser.driver().findElement(By.id("intake:content")).getAttribute("value"));
    }

    @Test
    void aPetitionIsFoundWithoutDiacritics() throws Exception {
        browser.open(base + "petition/new");
        browser.type(By.id("intake:content"), "Nạo vét lòng sông Cầu đoạn qua thôn Lăng Khê " + marker);
        browser.selectOne("intake:category", "Thủy lợi, đê điều");
        browser.driver().findElement(By.id("intake:anonymous")).click();
        browser.waitForAjax();
        browser.driver().findElement(By.id("intake:save")).click();
        browser.visible(By.id("trackingCode"));

        browser.open(base + "petition/list");
        browser.type(By.id("list:text"), "nao vet long song cau lang khe " + marker.toLowerCase());
        browser.driver().findElement(By.id("list:text")).sendKeys(Keys.ENTER);
        // The new petition heads the unfiltered list too: wait for the search's answer, not just for its text.
        browser.waitForAjax();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).until(d ->
                d.findElements(By.cssSelector("#list\\:table tbody tr[data-ri]")).size() == 1);
        browser.waitForText(By.id("list:table"), "Nạo vét lòng sông Cầu đoạn qua thôn Lăng Khê " + marker);
        browser.screenshot("petition-list-search");
        assertEquals(1, browser.driver().findElements(By.cssSelector("#list\\:table tbody tr[data-ri]")).size());
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
