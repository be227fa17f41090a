package vn.dannguyen.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The rules an upload must pass: used by {@link AttachmentService}, and by pages that refuse a bad file at once. */
public final class AttachmentChecks {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Detected type -> the extensions a name of that type may have. */
    static final Map<String, Set<String>> EXTENSIONS = Map.of(
            "application/pdf", Set.of("pdf"),
            "image/jpeg", Set.of("jpg", "jpeg"),
            "image/png", Set.of("png"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"),
            "application/msword", Set.of("doc"),
            "application/vnd.ms-excel", Set.of("xls"),
            "application/x-tika-msoffice", Set.of("doc", "xls"),
            "application/x-tika-ooxml", Set.of("docx", "xlsx"));
    /** Extensions that must not hide inside a name ("giay-to.exe.pdf"). */
    private static final Set<String> EXECUTABLE = Set.of("exe", "com", "bat", "cmd", "sh", "js", "mjs", "vbs", "ps1",
            "jar", "war", "php", "jsp", "jspx", "xhtml", "html", "htm", "svg", "scr", "msi", "dll", "py", "pl");

    private AttachmentChecks() {
    }

    /** Why an upload would be refused (a bundle key), or null when it is acceptable. */
    static String problemWith(Upload upload, String detectedType) {
        if (upload.size() == 0) {
            return "attachment.error.empty";
        }
        if (upload.size() > MAX_BYTES) {
            return "attachment.error.tooLarge";
        }
        String name = UploadCheck.safeName(upload.originalName()).toLowerCase(Locale.ROOT);
        String[] parts = name.split("\\.");
        if (parts.length < 2) {
            return "attachment.error.type";
        }
        for (int i = 1; i < parts.length - 1; i++) {
            if (EXECUTABLE.contains(parts[i])) {
                return "attachment.error.doubleExtension";
            }
        }
        Set<String> allowed = EXTENSIONS.get(detectedType);
        if (allowed == null) {
            return "attachment.error.type";
        }
        if (!allowed.contains(parts[parts.length - 1])) {
            return "attachment.error.mismatch";
        }
        return null;
    }

    /**
     * Why the upload would be refused (a bundle key taking the file name), or null. The name only refines
     * what the bytes say (a zip-based Office file into .docx or .xlsx); it never overrides them.
     */
    public static String problemWith(Upload upload) {
        try {
            return problemWith(upload, UploadCheck.detect(upload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
