package vn.dannguyen.petition;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
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

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Petition lists as Excel sheets (Apache POI): the export of a filtered list, the import template, and
 * reading a filled-in sheet. The columns are those of the compiled list communes already keep.
 */
public final class PetitionExcel {

    /** Import columns, in order. */
    static final String[] IMPORT_COLUMNS = {"receivedOn", "channel", "kind", "content", "category", "village",
            "competence", "petitionerName", "petitionerPhone", "petitionerAddress", "language", "interpreterUsed"};
    /** A sheet larger than this is refused before reading (the server holds it in memory). */
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
     * Reads the data rows of the first sheet (row 1 is the header). Blank rows are skipped; a cell that
     * cannot be read (a date that is not a date) is reported in {@code problems}.
     */
    public static List<SheetRow> read(InputStream in, List<ImportProblem> problems) throws IOException {
        InputStream file = FileMagic.prepareToCheckMagic(in);
        return FileMagic.valueOf(file) == FileMagic.OOXML ? readXlsx(file, problems) : readWorkbook(file, problems);
    }

    /**
     * An .xlsx sheet read as a stream of rows (POI's SAX reader): the whole-workbook model took most of an
     * import's time and held every cell in memory (BENCHMARKS.md, fourth round).
     */
    private static List<SheetRow> readXlsx(InputStream in, List<ImportProblem> problems) throws IOException {
        RowsOfSheet rows = new RowsOfSheet(problems);
        try (OPCPackage excel = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(excel);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return List.of();
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(excel),
                    rows, new DatesAsIso(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            } catch (RowsOfSheet.TooMany tooMany) {
                problems.add(new ImportProblem(0, "petition.import.error.tooManyRows", Integer.toString(MAX_ROWS)));
                return List.of();
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("not a readable .xlsx file", e);
        }
        return rows.read;
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
        final List<ImportProblem> problems;
        final String[] cells = new String[IMPORT_COLUMNS.length];
        int nextColumn;

        RowsOfSheet(List<ImportProblem> problems) {
            this.problems = problems;
        }

        @Override
        public void startRow(int rowIndex) {
            Arrays.fill(cells, null);
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            // A cell without its reference follows the previous one.
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (column < cells.length && formatted != null && !formatted.isBlank()) {
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
        DatesAsIso() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
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

    /** An .xls workbook (or anything else POI can open), read whole. */
    private static List<SheetRow> readWorkbook(InputStream in, List<ImportProblem> problems) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                problems.add(new ImportProblem(0, "petition.import.error.tooManyRows", Integer.toString(MAX_ROWS)));
                return rows;
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, formatter)) {
                    continue;
                }
                int number = r + 1;
                LocalDate receivedOn = date(row.getCell(0), formatter, number, problems);
                rows.add(new SheetRow(number, receivedOn, text(row, 1, formatter), text(row, 2, formatter), text(row, 3, formatter),
                        text(row, 4, formatter), text(row, 5, formatter), text(row, 6, formatter), text(row, 7, formatter),
                        text(row, 8, formatter), text(row, 9, formatter), text(row, 10, formatter), text(row, 11, formatter)));
            }
        }
        return rows;
    }

    private static LocalDate date(Cell cell, DataFormatter formatter, int number, List<ImportProblem> problems) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        String typed = formatter.formatCellValue(cell).strip();
        return typed.isEmpty() ? null : typedDate(typed, number, problems);
    }

    private static String text(Row row, int column, DataFormatter formatter) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String value = formatter.formatCellValue(cell).strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (int c = 0; c < IMPORT_COLUMNS.length; c++) {
            if (text(row, c, formatter) != null) {
                return false;
            }
        }
        return true;
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
