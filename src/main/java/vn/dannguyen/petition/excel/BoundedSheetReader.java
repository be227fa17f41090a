package vn.dannguyen.petition.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the rows of the first sheet of an .xlsx file, whatever their shape, within bounds a hostile workbook cannot
 * pass: the text kept (shared strings and the cells' own) is counted against {@link #MAX_TEXT_CHARS}, and POI's
 * inflation guards bound every part. The sheet is read as a stream of rows (POI's SAX reader): the whole-workbook
 * model took most of an import's time and held every cell in memory (docs/benchmarks/excel-import-in-batches.md). The workbook is
 * opened from the file, so its parts are inflated one at a time as they are read, never all into memory (as opening
 * it from a stream does).
 */
public final class BoundedSheetReader {

    /** A sheet with more data rows than this is refused whole. */
    public static final int MAX_ROWS = 20_000;
    /**
     * The most text one reading keeps (shared strings, and the characters of the sheet's own cells): a sheet of
     * {@link #MAX_ROWS} rows may carry 1,000 characters a row, about 40 MB of heap at most. A workbook's strings are
     * read into memory (a cell may refer to any of them), so without this bound a 10 MB .xlsx whose strings inflate
     * 100 times would take a gigabyte.
     */
    static final long MAX_TEXT_CHARS = 1_000L * MAX_ROWS;
    /** No part of a petition sheet is near this uncompressed; the largest sheet an import takes is about 20 MB. */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;
    /** The style table is read whole into an XML tree by POI: a few KB in a real sheet. */
    static final int MAX_STYLES_BYTES = 4 * 1024 * 1024;

    static {
        // POI's own zip-bomb guards, set here as this reader's bounds (they are POI-wide, and the exports stay far
        // inside them): a part may inflate at most 100 times (POI's default, stated) and to at most MAX_PART_BYTES
        // (POI's default is 4 GB).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    /** What a reading does with the rows of a sheet, as they are read. */
    public interface Rows {

        /** A row begins ({@code rowIndex} counts from 0, as POI does; blank rows may be left out). */
        void startRow(int rowIndex);

        /**
         * A cell of the row with text: its column as Excel counts it (empty cells before it included, written with
         * their reference or not), and its text as shown, stripped; cells shown as dates as ISO dates (2026-11-05),
         * whatever their format and date system.
         */
        void cell(int column, String text);

        /** The row has ended; throwing {@link Stop} ends the reading here. */
        void endRow(int rowIndex);
    }

    /** Thrown by {@link Rows} to end a reading early (a sheet with more rows than an import takes). */
    public static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Stop() {
            super(null, null, false, false);
        }
    }

    private BoundedSheetReader() {
    }

    /**
     * Reads the first sheet's rows into {@code rows}.
     *
     * @return false when {@code rows} stopped the reading, true when it read the whole sheet (or there is none)
     * @throws WorkbookTooLargeException when the workbook holds more than an import reads (see {@link #MAX_TEXT_CHARS})
     * @throws IOException when the file is not an .xlsx workbook POI can read
     */
    public static boolean readFirstSheet(Path file, Rows rows) throws IOException {
        try (InputStream start = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            if (FileMagic.valueOf(start) != FileMagic.OOXML) {
                throw new IOException("not an .xlsx file");
            }
        }
        try (OPCPackage excel = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(excel);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return true;
            }
            boolean date1904 = usesDate1904(reader);
            TextBudget budget = new TextBudget();
            CellsOfRows cells = new CellsOfRows(rows);
            cells.counter = new CellCounter(new XSSFSheetXMLHandler(stylesOf(excel, reader),
                    SharedStringsText.of(excel, budget), cells, new DatesAsIso(date1904), false), budget);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(cells.counter);
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            } catch (Stop stopped) {
                return false;
            }
            return true;
        } catch (WorkbookTooLargeException tooLarge) {
            throw tooLarge;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException | RuntimeException e) {
            if (causedBy(e, TextBudget.Spent.class)) {
                throw new WorkbookTooLargeException("more text than an import reads", e);
            }
            if (zipBomb(e)) {
                throw new WorkbookTooLargeException("a part inflates beyond POI's bounds", e);
            }
            // POI reports some broken files with unchecked exceptions (POIXMLException, NumberFormatException...).
            throw new IOException("not a readable .xlsx file", e);
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (kind.isInstance(cause) || cause instanceof SAXException sax && kind.isInstance(sax.getException())) {
                return true;
            }
        }
        return false;
    }

    /** POI's inflation guards (ZipSecureFile) say so only in their message, which starts the same for both. */
    private static boolean zipBomb(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    /** The styles (for cells shown as dates), read only if their part is as small as a real sheet's. */
    private static StylesTable stylesOf(OPCPackage excel, XSSFReader reader) throws IOException, OpenXML4JException {
        for (PackagePart part : excel.getPartsByContentType(XSSFRelation.STYLES.getContentType())) {
            try (InputStream xml = part.getInputStream()) {
                byte[] buffer = new byte[8192];
                long size = 0;
                for (int read = xml.read(buffer); read != -1; read = xml.read(buffer)) {
                    size += read;
                    if (size > MAX_STYLES_BYTES) {
                        throw new WorkbookTooLargeException("styles larger than " + MAX_STYLES_BYTES + " bytes", null);
                    }
                }
            }
        }
        return reader.getStylesTable();
    }

    /** Whether the workbook counts dates from 1904 (Excel for Mac's old default) rather than from 1900. */
    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        boolean[] date1904 = {false};
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            parser.parse(new InputSource(workbook));
        }
        return date1904[0];
    }

    /** Hands POI's cells on to {@link Rows}, each with the column the counter gave it and only if it has text. */
    private static final class CellsOfRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        CellCounter counter;

        CellsOfRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowIndex) {
            rows.startRow(rowIndex);
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            if (formatted != null && !formatted.isBlank()) {
                rows.cell(counter.column(), formatted.strip());
            }
        }

        @Override
        public void endRow(int rowIndex) {
            rows.endRow(rowIndex);
        }
    }

    /** Formats cells shown as dates as ISO dates, so a date column reads the same whatever format the sheet gave it. */
    private static final class DatesAsIso extends DataFormatter {
        private final boolean date1904;

        DatesAsIso(boolean date1904) {
            super(Locale.ROOT);
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, date1904);
        }
    }
}
