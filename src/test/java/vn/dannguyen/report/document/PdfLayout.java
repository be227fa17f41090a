package vn.dannguyen.report.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where every word of a PDF sits, read with poppler's pdftotext -bbox-layout, and the pages drawn as images with
 * pdftoppm: a layout test checks positions, and a person can look at the pictures.
 */
public final class PdfLayout {

    public record Word(int page, String text, double xMin, double yMin, double xMax, double yMax) {
        public double centre() {
            return (xMin + xMax) / 2;
        }
    }

    private static final Pattern PAGE = Pattern.compile("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>");

    private final List<Word> words = new ArrayList<>();
    private double width;
    private double height;
    private int pages;

    private PdfLayout() {
    }

    public static PdfLayout of(Path pdf) throws IOException, InterruptedException {
        Path html = pdf.resolveSibling(pdf.getFileName() + ".bbox.html");
        run("pdftotext", "-bbox-layout", pdf.toString(), html.toString());
        PdfLayout layout = new PdfLayout();
        int page = 0;
        for (String line : Files.readAllLines(html, StandardCharsets.UTF_8)) {
            Matcher pageMatch = PAGE.matcher(line);
            if (pageMatch.find()) {
                page++;
                layout.width = Double.parseDouble(pageMatch.group(1));
                layout.height = Double.parseDouble(pageMatch.group(2));
            }
            Matcher word = WORD.matcher(line);
            while (word.find()) {
                layout.words.add(new Word(page, word.group(5).replace("&amp;", "&"), Double.parseDouble(word.group(1)),
                        Double.parseDouble(word.group(2)), Double.parseDouble(word.group(3)), Double.parseDouble(word.group(4))));
            }
        }
        layout.pages = page;
        return layout;
    }

    /** Draws every page as PNG at 60 dpi next to {@code picturePrefix}, for a person to look at. */
    public static void draw(Path pdf, Path picturePrefix) throws IOException, InterruptedException {
        Files.createDirectories(picturePrefix.toAbsolutePath().getParent());
        run("pdftoppm", "-png", "-r", "60", pdf.toString(), picturePrefix.toString());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    public List<Word> words() { return words; }
    public List<Word> words(int page) { return words.stream().filter(w -> w.page() == page).toList(); }
    public double width() { return width; }
    public double height() { return height; }
    public int pages() { return pages; }

    /**
     * Words that break Decree 30/2020's page layout: outside the margins (top and bottom 20 mm, left 30 mm, right
     * 15 mm), except a page number in the top margin of pages 2 and on; or a page number on page 1. Half a
     * millimetre is allowed for how poppler measures a glyph's box at the end of a justified line.
     */
    public List<String> decreeLayoutViolations() {
        double mm = 72 / 25.4;
        double slack = 0.5 * mm;
        List<String> problems = new ArrayList<>();
        for (Word word : words) {
            boolean pageNumber = word.text().equals(String.valueOf(word.page())) && word.yMax() < 20 * mm;
            if (pageNumber && word.page() == 1) {
                problems.add("page number on page 1: " + word);
            }
            if (word.xMin() < 30 * mm - slack) {
                problems.add("inside the 30 mm left margin: " + word);
            }
            if (word.xMax() > width - 15 * mm + slack) {
                problems.add("inside the 15 mm right margin: " + word);
            }
            if (!pageNumber && word.yMin() < 20 * mm - 3) {
                problems.add("inside the 20 mm top margin: " + word);
            }
            if (word.yMax() > height - 20 * mm + 3) {
                problems.add("inside the 20 mm bottom margin: " + word);
            }
        }
        return problems;
    }

    /** The first word on the page equal to {@code text}. */
    public Word first(int page, String text) {
        return words(page).stream().filter(w -> w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no word '" + text + "' on page " + page));
    }

    /** All text of a page, words joined by spaces. */
    public String text(int page) {
        return String.join(" ", words(page).stream().map(Word::text).toList());
    }
}
