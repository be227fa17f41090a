package vn.dannguyen.petition;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Petition lists as Excel sheets (Apache POI): the export of a filtered list, the import template, and
 * reading a filled-in sheet. The columns are those of the compiled list communes already keep.
 */
public final class PetitionExcel {

    /** Import columns, in order. */
    static final String[] IMPORT_COLUMNS = {"receivedOn", "channel", "kind", "content", "category", "village",
            "competence", "petitionerName", "petitionerPhone", "petitionerAddress", "language", "interpreterUsed"};
    /** A sheet with more data rows than this is refused whole. */
    public static final int MAX_ROWS = 20_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Dates typed as text: day/month/year, and 31/02 is an error, not 28/02. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private PetitionExcel() {
    }

    public static void export(List<PetitionRow> rows, Locale locale, OutputStream out) {
        ResourceBundle text = ResourceBundle.getBundle("i18n.messages", locale);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(text.getString("petition.list.title"));
            CellStyle header = headerStyle(workbook);
            String[] columns = {"petition.field.trackingCode", "petition.field.receivedOn", "petition.field.channel",
                    "petition.field.kind", "petition.field.content", "petition.field.category", "petition.field.village",
                    "petition.field.competence", "petition.field.status", "petition.field.timesRaised", "petition.petitioner"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                cell(head, i, text.getString(columns[i])).setCellStyle(header);
            }
            int r = 1;
            for (PetitionRow row : rows) {
                Row line = sheet.createRow(r++);
                cell(line, 0, row.trackingCode());
                cell(line, 1, row.receivedOn().format(DATE));
                cell(line, 2, text.getString("petition.channel." + row.channel()));
                cell(line, 3, text.getString("petition.kind." + row.kind()));
                cell(line, 4, row.content());
                cell(line, 5, row.category(locale.getLanguage()));
                cell(line, 6, row.villageName());
                cell(line, 7, text.getString("petition.competence." + row.competence()));
                cell(line, 8, text.getString("petition.status." + row.status()));
                line.createCell(9).setCellValue(row.timesRaised());
                cell(line, 10, row.anonymous() ? text.getString("petition.petitioner.anonymous")
                        : row.petitioner() == null ? text.getString("petition.petitioner.hidden") : row.petitioner());
            }
            int[] widths = {20, 13, 18, 20, 80, 25, 22, 16, 20, 10, 25};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The empty sheet to fill in, with a second sheet listing the values each column accepts. */
    public static void template(OutputStream out) {
        ResourceBundle text = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(text.getString("petition.import.sheetName"));
            CellStyle header = headerStyle(workbook);
            Row head = sheet.createRow(0);
            for (int i = 0; i < IMPORT_COLUMNS.length; i++) {
                cell(head, i, text.getString("petition.import.column." + IMPORT_COLUMNS[i])).setCellStyle(header);
                sheet.setColumnWidth(i, (IMPORT_COLUMNS[i].equals("content") ? 70 : 20) * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = workbook.createSheet(text.getString("petition.import.helpSheet"));
            int r = 0;
            cell(help.createRow(r++), 0, text.getString("petition.import.help.dates"));
            r = listValues(help, r, text.getString("petition.field.channel"), text, "petition.channel.", Channel.values());
            r = listValues(help, r, text.getString("petition.field.kind"), text, "petition.kind.", PetitionKind.values());
            r = listValues(help, r, text.getString("petition.field.competence"), text, "petition.competence.", Competence.values());
            cell(help.createRow(r + 1), 0, text.getString("petition.import.help.references"));
            help.setColumnWidth(0, 100 * 256);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int listValues(Sheet help, int r, String title, ResourceBundle text, String prefix, Enum<?>[] values) {
        Row row = help.createRow(++r);
        StringBuilder line = new StringBuilder(title).append(": ");
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : "; ").append(text.getString(prefix + values[i].name()));
        }
        cell(row, 0, line.toString());
        return r;
    }

    /**
     * The most text one reading keeps (shared strings, and the characters of the sheet's own cells): a sheet of
     * {@link #MAX_ROWS} rows may carry 1,000 characters a row, about 40 MB of heap at most. A workbook's strings are
     * read into memory (a cell may refer to any of them), so without this bound a 10 MB .xlsx whose strings inflate
     * 100 times would take a gigabyte.
     */
    static final long MAX_TEXT_CHARS = 1_000L * MAX_ROWS;
    /** What one shared string costs the budget beyond its characters: about the heap of an empty String in a list. */
    static final int STRING_OVERHEAD_CHARS = 24;
    /** No part of a petition sheet is near this uncompressed; the largest sheet an import takes is about 20 MB. */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;
    /** The style table is read whole into an XML tree by POI: a few KB in a real sheet. */
    static final int MAX_STYLES_BYTES = 4 * 1024 * 1024;

    static {
        // POI's own zip-bomb guards, set here as this reader's bounds (they are POI-wide, and the export stays far
        // inside them): a part may inflate at most 100 times (POI's default, stated) and to at most MAX_PART_BYTES
        // (POI's default is 4 GB).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    /** A workbook refused for its size once unpacked: more text, or a bigger part, than an import of petitions has. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Reads the data rows of the first sheet of an .xlsx file (row 1 is the header). Blank rows are skipped; a
     * cell that cannot be read (a date that is not a date) is reported in {@code problems}. The sheet is read as
     * a stream of rows (POI's SAX reader): the whole-workbook model took most of an import's time and held every
     * cell in memory (docs/benchmarks/excel-import-in-batches.md). The workbook is opened from the file, so its
     * parts are inflated one at a time as they are read, never all into memory (as opening it from a stream does).
     *
     * @throws TooLarge when the workbook holds more than an import reads (see {@link #MAX_TEXT_CHARS})
     * @throws IOException when the file is not an .xlsx workbook POI can read
     */
    public static List<SheetRow> read(Path file, List<ImportProblem> problems) throws IOException {
        try (InputStream start = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            if (FileMagic.valueOf(start) != FileMagic.OOXML) {
                throw new IOException("not an .xlsx file");
            }
        }
        try (OPCPackage excel = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(excel);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return List.of();
            }
            boolean date1904 = usesDate1904(reader);
            TextBudget budget = new TextBudget();
            RowsOfSheet rows = new RowsOfSheet();
            CellCounter counted = new CellCounter(new XSSFSheetXMLHandler(stylesOf(excel, reader),
                    SharedStringsText.of(excel, budget), rows, new DatesAsIso(date1904), false), budget);
            rows.counter = counted;
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(counted);
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            } catch (RowsOfSheet.TooMany tooMany) {
                // Refused whole, without the problems of the rows read so far.
                problems.add(new ImportProblem(0, "petition.import.error.tooManyRows", Integer.toString(MAX_ROWS)));
                return List.of();
            }
            problems.addAll(rows.problems);
            return rows.read;
        } catch (TooLarge tooLarge) {
            throw tooLarge;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException | RuntimeException e) {
            if (causedBy(e, TextBudget.Spent.class)) {
                throw new TooLarge("more text than an import reads", e);
            }
            if (zipBomb(e)) {
                throw new TooLarge("a part inflates beyond POI's bounds", e);
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
                        throw new TooLarge("styles larger than " + MAX_STYLES_BYTES + " bytes", null);
                    }
                }
            }
        }
        return reader.getStylesTable();
    }

    /** Counts the characters a reading keeps, and stops it once they pass {@link #MAX_TEXT_CHARS}. */
    static final class TextBudget {
        /** Ends the reading (a SAX exception, so the parser stops where it is). */
        static final class Spent extends SAXException {
            private static final long serialVersionUID = 1L;

            Spent() {
                super("text budget spent");
            }
        }

        private final long limit;
        private long used;

        TextBudget() {
            this(MAX_TEXT_CHARS);
        }

        TextBudget(long limit) {
            this.limit = limit;
        }

        void spend(int chars) throws Spent {
            used += chars;
            if (used > limit) {
                throw new Spent();
            }
        }
    }

    /**
     * The workbook's shared strings (the text of most cells), as plain text. POI's ReadOnlySharedStringsTable
     * reads the same XML but turns each string into an XML-bean rich text when a cell asks for it, which took
     * half the reading of a sheet of 5,000 rows; a sheet's cells need only the text. As the cell's value is:
     * the runs of a rich text joined, phonetic guides ({@code rPh}, which POI's table appends by default) left out.
     */
    static final class SharedStringsText extends DefaultHandler implements SharedStrings {
        private final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final TextBudget budget;
        private boolean inText;
        private boolean inPhonetic;

        private SharedStringsText(TextBudget budget) {
            this.budget = budget;
        }

        static SharedStrings of(OPCPackage excel, TextBudget budget) throws IOException, SAXException, ParserConfigurationException {
            SharedStringsText table = new SharedStringsText(budget);
            List<PackagePart> parts = excel.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            if (!parts.isEmpty()) {
                try (PushbackInputStream xml = new PushbackInputStream(parts.get(0).getInputStream(), 1)) {
                    int first = xml.read();
                    if (first != -1) { // an empty part holds no strings, as POI's table reads it
                        xml.unread(first);
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(table);
                        parser.parse(new InputSource(xml));
                    }
                }
            }
            return table;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inText = true;
                case "rPh" -> inPhonetic = true;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "si" -> {
                    // Each string costs its list entry and object besides its characters: a million empty ones count.
                    budget.spend(STRING_OVERHEAD_CHARS);
                    strings.add(decoded(text.toString()));
                }
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inText && !inPhonetic) {
                budget.spend(length);
                text.append(ch, start, length);
            }
        }

        /**
         * Excel writes characters XML cannot hold as {@code _xHHHH_} ({@code _x000D_} for a carriage return in
         * text pasted from Windows); POI's rich text decodes them, so the rare string that has one goes through it.
         */
        private static String decoded(String text) {
            return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
        }

        @Override
        public RichTextString getItemAt(int index) {
            return new HSSFRichTextString(strings.get(index));
        }

        /** The number of strings; POI's table gives the file's count of uses here, which no reader of a sheet asks for. */
        @Override
        public int getCount() {
            return strings.size();
        }

        @Override
        public int getUniqueCount() {
            return strings.size();
        }
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

    /**
     * Passes the sheet's XML on to POI's handler, counting the cells of each row: POI reports only cells with a
     * value, so a cell written without its reference ({@code <c>} with no {@code r}) takes its column from here,
     * empty cells before it included, as Excel counts them.
     */
    private static final class CellCounter extends DefaultHandler {
        private final ContentHandler poi;
        private final TextBudget budget;
        int column = -1;

        CellCounter(ContentHandler poi, TextBudget budget) {
            this.poi = poi;
            this.budget = budget;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("row".equals(localName)) {
                column = -1;
            } else if ("c".equals(localName)) {
                String reference = attributes.getValue("r");
                column = reference == null ? column + 1 : new CellReference(reference).getCol();
            }
            poi.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            poi.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            // A cell's own text (inline strings, numbers) is held until its row ends, and kept with the row.
            budget.spend(length);
            poi.characters(ch, start, length);
        }
    }

    /** Collects the data rows (row 1 is the header) as the SAX reader reports their cells. */
    private static final class RowsOfSheet implements XSSFSheetXMLHandler.SheetContentsHandler {
        /** Stops the reading once a sheet has more rows than an import takes. */
        static final class TooMany extends RuntimeException {
            TooMany() {
                super(null, null, false, false);
            }
        }

        final List<SheetRow> read = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final String[] cells = new String[IMPORT_COLUMNS.length];
        CellCounter counter;

        @Override
        public void startRow(int rowIndex) {
            Arrays.fill(cells, null);
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            int column = counter.column; // the cell's column, with or without its reference
            if (column >= 0 && column < cells.length && formatted != null && !formatted.isBlank()) {
                cells[column] = formatted.strip();
            }
        }

        @Override
        public void endRow(int rowIndex) {
            if (rowIndex == 0 || Arrays.stream(cells).allMatch(Objects::isNull)) {
                return;
            }
            if (rowIndex > MAX_ROWS) {
                throw new TooMany();
            }
            int number = rowIndex + 1;
            read.add(new SheetRow(number, typedDate(cells[0], number, problems), cells[1], cells[2], cells[3], cells[4],
                    cells[5], cells[6], cells[7], cells[8], cells[9], cells[10], cells[11]));
        }
    }

    /** Formats cells shown as dates as ISO dates, so the date column reads the same whatever format the sheet gave it. */
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

    private static LocalDate typedDate(String typed, int number, List<ImportProblem> problems) {
        if (typed == null) {
            return null;
        }
        try {
            return ISO_DATE.matcher(typed).matches() ? LocalDate.parse(typed) : LocalDate.parse(typed, TYPED_DATE);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(number, "petition.import.error.date", typed));
            return null;
        }
    }

    private static Cell cell(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    private static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setWrapText(true);
        return style;
    }
}
