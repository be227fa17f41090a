package vn.dannguyen.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Uploads are judged by their bytes; names are cleaned and may not hide an executable. */
class AttachmentChecksTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] HTML = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    @Test
    void aRealPdfAndARealPngAreAccepted() {
        assertNull(AttachmentChecks.problemWith(new Upload("Đơn kiến nghị.pdf", PDF)));
        assertNull(AttachmentChecks.problemWith(new Upload("anh-cau.PNG", PNG)));
    }

    @Test
    void theContentDecidesNotTheName() {
        assertEquals("attachment.error.type", AttachmentChecks.problemWith(new Upload("bien-ban.pdf", HTML)));
        assertEquals("attachment.error.mismatch", AttachmentChecks.problemWith(new Upload("anh.jpg", PNG)));
        assertEquals("attachment.error.type", AttachmentChecks.problemWith(new Upload("khong-duoi", PDF)));
    }

    @Test
    void aHiddenExecutableExtensionOrAnOversizeFileIsRefused() {
        assertEquals("attachment.error.doubleExtension", AttachmentChecks.problemWith(new Upload("giay-to.exe.pdf", PDF)));
        assertEquals("attachment.error.doubleExtension", AttachmentChecks.problemWith(new Upload("x.html.png", PNG)));
        assertEquals("attachment.error.empty", AttachmentChecks.problemWith(new Upload("rong.pdf", new byte[0])));
        byte[] huge = new byte[(int) AttachmentChecks.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertEquals("attachment.error.tooLarge", AttachmentChecks.problemWith(new Upload("lon.pdf", huge)));
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
