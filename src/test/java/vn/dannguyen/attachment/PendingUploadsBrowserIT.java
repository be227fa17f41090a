package vn.dannguyen.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;

/**
 * Files attached to a petition that is not saved yet wait on the server's disk (the files directory's
 * "pending" folder), not in its memory: a session may keep a bounded amount there, and they go when the
 * petition is saved, when a file is removed, and when the clerk signs out.
 */
class PendingUploadsBrowserIT extends BrowserTest {

    /** The provisioned server's files directory (FileStore's default: the server's data directory). */
    private static final Path PENDING = Path.of("target", "server", "standalone", "data", "dannguyen-files", "pending");
    private static final int SCAN_BYTES = 9_500 * 1024;
    private static final ResourceBundle VIETNAMESE = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));

    private final String marker = "PU" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final Path dir = Path.of("target", "pending-uploads", marker);

    @AfterEach
    void cleanUp() throws Exception {
        DatabaseClient.update("delete from stored_file where petition_id in (select id from petition where content like ?)",
                "%" + marker + "%");
        DatabaseClient.update("delete from petition where content like ?", "%" + marker + "%");
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void scansOfAnUnsavedPetitionWaitOnDiskUpToTheSessionsLimitAndGoWhenTheClerkSignsOut() throws Exception {
        signIn("canbo");
        browser.open(base + "petition/new");
        String typed = "Đề nghị cấp lại sổ đỏ bị thất lạc, kèm bản scan hồ sơ " + marker;
        browser.type(By.id("intake:content"), typed);
        long before = pendingBytes();

        // Six 9.5 MB scans fit the default 60 MB of a session; they are on disk while the form is open.
        List<Path> scans = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            scans.add(pdf("ho-so-" + i + "-" + marker + ".pdf", SCAN_BYTES));
        }
        for (Path scan : scans.subList(0, 6)) {
            attach(scan);
            browser.waitForText(By.id("intake:attachedFiles"), scan.getFileName().toString());
        }
        assertTrue(pendingBytes() - before >= 6L * SCAN_BYTES, "the six scans wait in " + PENDING + ": " + (pendingBytes() - before));

        // The seventh would pass the limit: refused with a message, and nothing typed or attached before is lost.
        attach(scans.get(6));
        String limit = MessageFormat.format(VIETNAMESE.getString("attachment.error.pendingLimit"), 60,
                scans.get(6).getFileName().toString());
        browser.waitForText(By.id("messages"), limit);
        browser.screenshot("pending-uploads-limit");
        String attached = browser.driver().findElement(By.id("intake:attachedFiles")).getText();
        assertFalse(attached.contains(scans.get(6).getFileName().toString()), attached);
        for (Path scan : scans.subList(0, 6)) {
            assertTrue(attached.contains(scan.getFileName().toString()), attached);
        }
        assertEquals(typed, browser.driver().findElement(By.id("intake:content")).getAttribute("value"));

        // Removing a scan deletes its file.
        long sixWaiting = pendingBytes();
        browser.driver().findElement(By.cssSelector("#intake\\:attachedFiles [id$=':0:detach']")).click();
        waitUntil(() -> pendingBytes() == sixWaiting - SCAN_BYTES, "the removed scan's file is deleted");

        // Signing out ends the session, and the files of its unsaved petition go with it.
        browser.driver().findElement(By.cssSelector("[id$='signOut']")).click();
        browser.visible(By.id("login:username"));
        waitUntil(() -> pendingBytes() == before, "signing out leaves no pending file");
    }

    @Test
    void attachmentsLeaveThePendingFolderWhenThePetitionIsSaved() throws Exception {
        signIn("canbo");
        browser.open(base + "petition/new");
        long before = pendingBytes();
        browser.type(By.id("intake:content"), "Đề nghị sửa đường bê tông thôn Ngô Sơn, kèm ảnh hiện trường " + marker);
        browser.selectOne("intake:category", "Giao thông");
        browser.driver().findElement(By.id("intake:anonymous")).click();
        browser.waitForAjax();
        Path scan = pdf("hien-truong-" + marker + ".pdf", 2 * 1024 * 1024);
        attach(scan);
        browser.waitForText(By.id("intake:attachedFiles"), scan.getFileName().toString());
        assertTrue(pendingBytes() - before >= 2 * 1024 * 1024, "the scan waits on disk");

        browser.driver().findElement(By.id("intake:save")).click();
        browser.visible(By.id("trackingCode"));
        waitUntil(() -> pendingBytes() == before, "the saved attachment no longer waits");
        assertEquals(2L * 1024 * 1024, ((Number) DatabaseClient.single("select f.size_bytes from stored_file f join petition p"
                + " on p.id = f.petition_id where p.content like ?", "%" + marker + "%")).longValue(), "it is stored with the petition");
    }

    private void attach(Path file) {
        browser.driver().findElement(By.cssSelector("#intake\\:files input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }

    private Path pdf(String name, int size) throws IOException {
        Files.createDirectories(dir);
        return TestUploads.pdfOfSize(dir.resolve(name), size);
    }

    /** The bytes waiting in the pending folder (listed without failing when a file goes while it is read). */
    private static long pendingBytes() {
        java.io.File[] files = PENDING.toFile().listFiles();
        return files == null ? 0 : Stream.of(files).filter(java.io.File::isFile).mapToLong(java.io.File::length).sum();
    }

    private void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).withMessage(what).until(d -> condition.getAsBoolean());
    }
}
