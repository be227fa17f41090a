package vn.dannguyen.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads are judged by their bytes; names are cleaned and may not hide an executable. */
class AttachmentChecksTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] HTML = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path files;

    private Upload upload(String name, byte[] content) {
        return TestUploads.in(files, name, content);
    }

    @Test
    void aRealPdfAndARealPngAreAccepted() {
        assertNull(AttachmentChecks.problemWith(upload("Đơn kiến nghị.pdf", PDF)));
        assertNull(AttachmentChecks.problemWith(upload("anh-cau.PNG", PNG)));
    }

    @Test
    void theContentDecidesNotTheName() {
        assertEquals("attachment.error.type", AttachmentChecks.problemWith(upload("bien-ban.pdf", HTML)));
        assertEquals("attachment.error.mismatch", AttachmentChecks.problemWith(upload("anh.jpg", PNG)));
        assertEquals("attachment.error.type", AttachmentChecks.problemWith(upload("khong-duoi", PDF)));
    }

    @Test
    void aHiddenExecutableExtensionOrAnOversizeFileIsRefused() {
        assertEquals("attachment.error.doubleExtension", AttachmentChecks.problemWith(upload("giay-to.exe.pdf", PDF)));
        assertEquals("attachment.error.doubleExtension", AttachmentChecks.problemWith(upload("x.html.png", PNG)));
        assertEquals("attachment.error.empty", AttachmentChecks.problemWith(upload("rong.pdf", new byte[0])));
        byte[] huge = new byte[(int) AttachmentChecks.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertEquals("attachment.error.tooLarge", AttachmentChecks.problemWith(upload("lon.pdf", huge)));
    }

    @Test
    void namesLoseTheirPathAndControlCharacters() {
        assertEquals("passwd", UploadCheck.safeName("../../etc/passwd"));
        assertEquals("y.pdf", UploadCheck.safeName("C:\\x\\y.pdf"));
        assertEquals("htaccess", UploadCheck.safeName(".htaccess"));
        assertEquals("Biên bản họp.pdf", UploadCheck.safeName("Biên bản\u0000 họp.pdf"));
        assertEquals("tep", UploadCheck.safeName("///"));
    }
}
