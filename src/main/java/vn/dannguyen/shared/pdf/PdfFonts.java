package vn.dannguyen.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * Fonts for generated PDFs. DejaVu Serif (packaged from jasperreports-fonts) has every Vietnamese glyph
 * and is embedded, so a document prints the same on any machine.
 */
public final class PdfFonts {

    private static final String DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";
    private static final BaseFont REGULAR = load("DejaVuSerif.ttf");
    private static final BaseFont BOLD = load("DejaVuSerif-Bold.ttf");
    private static final BaseFont ITALIC = load("DejaVuSerif-Italic.ttf");

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

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
