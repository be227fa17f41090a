package vn.dannguyen.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Set;

import org.apache.tika.Tika;

/**
 * What an upload really is, judged from its bytes (Apache Tika) rather than the name or the type the
 * browser claims, and a name that is safe to show and to store.
 */
public final class UploadCheck {

    /** Types accepted as attachments: documents and photos of documents. */
    public static final Set<String> ATTACHMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword",
            "application/vnd.ms-excel", "application/x-tika-msoffice", "application/x-tika-ooxml");
    private static final Set<String> SPREADSHEET_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/x-tika-ooxml");
    private static final Tika TIKA = new Tika();

    private UploadCheck() {
    }

    /** The type detected from the content (the name is used only to tell apart zip-based Office files). */
    public static String detect(InputStream content, String name) throws IOException {
        return TIKA.detect(content, name);
    }

    /** The type detected from the pending file's content (and its original name, as above). */
    public static String detect(Upload upload) throws IOException {
        try (InputStream in = upload.open()) {
            return detect(in, safeName(upload.originalName()));
        }
    }

    public static boolean isSpreadsheet(Upload upload) {
        String name = upload.originalName() == null ? "" : upload.originalName().toLowerCase();
        if (!name.endsWith(".xlsx")) {
            return false;
        }
        try {
            return SPREADSHEET_TYPES.contains(detect(upload));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The last path segment of a file name, without control or path characters, at most 120 characters:
     * "../../etc/passwd" becomes "passwd", "C:\\x\\y.pdf" becomes "y.pdf".
     */
    public static String safeName(String original) {
        if (original == null) {
            return "tep";
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            return "tep";
        }
        return name.length() <= 120 ? name : name.substring(name.length() - 120);
    }
}
