package vn.dannguyen.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * Fonts for generated PDFs, embedded so a document prints the same on any machine, each with every Vietnamese
 * glyph: DejaVu Serif (packaged from jasperreports-fonts) for receipts, and Liberation Serif (fonts/liberation,
 * SIL OFL), metrically identical to the Times New Roman that Decree 30/2020 asks of official reports.
 */
public final class PdfFonts {

    private static final String DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";
    private static final BaseFont REGULAR = load("DejaVuSerif.ttf");
    private static final BaseFont BOLD = load("DejaVuSerif-Bold.ttf");
    private static final BaseFont ITALIC = load("DejaVuSerif-Italic.ttf");
    private static final String TIMES_DIRECTORY = "/fonts/liberation/";
    private static final BaseFont TIMES = load(TIMES_DIRECTORY, "LiberationSerif-Regular.ttf");
    private static final BaseFont TIMES_BOLD = load(TIMES_DIRECTORY, "LiberationSerif-Bold.ttf");
    private static final BaseFont TIMES_ITALIC = load(TIMES_DIRECTORY, "LiberationSerif-Italic.ttf");
    private static final BaseFont TIMES_BOLD_ITALIC = load(TIMES_DIRECTORY, "LiberationSerif-BoldItalic.ttf");

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    public static Font italic(float size) {
        return new Font(ITALIC, size);
    }

    /** Times New Roman's metrics (Liberation Serif), for Decree 30 documents. */
    public static Font times(float size) {
        return new Font(TIMES, size);
    }

    public static Font timesBold(float size) {
        return new Font(TIMES_BOLD, size);
    }

    public static Font timesItalic(float size) {
        return new Font(TIMES_ITALIC, size);
    }

    public static Font timesBoldItalic(float size) {
        return new Font(TIMES_BOLD_ITALIC, size);
    }

    private static BaseFont load(String file) {
        return load(DIRECTORY, file);
    }

    private static BaseFont load(String directory, String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(directory + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
