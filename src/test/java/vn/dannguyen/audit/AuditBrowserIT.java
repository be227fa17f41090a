package vn.dannguyen.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.people.LoginPage;

/**
 * The auditor's pages as an auditor uses them: a refused sign-in and a view of personal data are in the history,
 * a petition's timeline shows who changed what, and tampering is reported by the page and the command line.
 */
class AuditBrowserIT extends BrowserTest {

    @Test
    void theAuditorFindsSignInsViewsAndChangesAndSeesATamperedRowReported() throws Exception {
        new LoginPage(browser, base).open().signIn("canbo", "not-the-password");
        browser.waitForText(By.id("messages"), "Tên đăng nhập hoặc mật khẩu không đúng.");

        long petition = ((Number) DatabaseClient.single("select min(p.id) from petition p join commune c on c.id = p.commune_id"
                + " where c.name = 'Xã Mỹ Bằng' and p.petitioner_name is not null and p.anonymous = false")).longValue();
        String code = (String) DatabaseClient.single("select tracking_code from petition where id = ?", petition);
        signIn("canbo");
        browser.open(base + "petition/view?id=" + petition);
        browser.visible(By.id("status"));

        signIn("thanhtra");
        browser.open(base + "audit/history");
        browser.selectOne("history:record", "Đăng nhập không thành công");
        browser.driver().findElement(By.id("history:search")).click();
        browser.waitForText(By.id("history:rows"), "canbo");
        browser.screenshot("audit-history-failed-sign-ins");

        browser.type(By.id("history:trackingCode"), code);
        browser.selectOne("history:record", "Tất cả");
        browser.driver().findElement(By.id("history:search")).click();
        browser.waitForText(By.id("history:rows"), "Xem thông tin cá nhân");
        browser.driver().findElement(By.linkText(code)).click();

        browser.waitForText(By.id("timeline"), "Tạo mới Kiến nghị");
        String timeline = browser.driver().findElement(By.id("timeline")).getText();
        assertTrue(timeline.contains("Xem thông tin cá nhân"), timeline);
        assertTrue(timeline.contains("Nội dung"), "the created petition lists its fields: " + timeline);
        String category = (String) vn.dannguyen.DatabaseClient.single("select c.name_vi from category c join petition p"
                + " on p.category_id = c.id where p.tracking_code = ?", code);
        assertTrue(timeline.contains("Lĩnh vực — " + category) && timeline.contains("Xã, phường — Xã Mỹ Bằng"),
                "related records read by their names, not their ids: " + timeline);
        browser.screenshot("audit-petition-timeline");

        browser.open(base + "audit/verify");
        browser.visible(By.id("verify:run")).click();
        browser.waitForText(By.id("verify:summary"), "INTACT");
        assertEquals(0, commandLine().exitCode(), "the command line agrees");

        long revision = ((Number) DatabaseClient.single("select min(rev) from petition_aud where id = ?", petition)).longValue();
        String who = (String) DatabaseClient.single("select username from audit_revision where id = ?", revision);
        DatabaseClient.update("update audit_revision set username = 'nguoi-khac' where id = ?", revision);
        try {
            browser.driver().findElement(By.id("verify:run")).click();
            browser.waitForText(By.id("verify:summary"), "BROKEN");
            browser.waitForText(By.id("messages"), "nội dung bản ghi đã bị sửa");
            browser.screenshot("audit-verify-broken");
            Verification broken = commandLine();
            assertEquals(1, broken.exitCode());
            assertTrue(broken.output().contains("RECORD_CHANGED (R " + revision + ")"), broken.output());
        } finally {
            DatabaseClient.update("update audit_revision set username = ? where id = ?", who, revision);
        }
        assertEquals(0, commandLine().exitCode(), "intact again once the row is put back");
    }

    private record Verification(int exitCode, String output) {
    }

    /** Runs the command-line verifier in its own JVM against the test database and the server's anchor file. */
    private static Verification commandLine() throws IOException, InterruptedException {
        String classpath = Path.of("target", "classes") + java.io.File.pathSeparator
                + Path.of("target", "jdbc-driver", "mysql-connector-j.jar");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, AuditVerifyCommand.class.getName()).redirectErrorStream(true);
        builder.environment().put("DB_URL", System.getProperty("it.db.url"));
        builder.environment().put("DB_USER", System.getProperty("it.db.user"));
        builder.environment().put("DB_PASSWORD", System.getProperty("it.db.password"));
        builder.environment().put("DANNGUYEN_AUDIT_ANCHOR", System.getenv("DANNGUYEN_AUDIT_ANCHOR"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the verifier finishes");
        return new Verification(process.exitValue(), output);
    }
}
