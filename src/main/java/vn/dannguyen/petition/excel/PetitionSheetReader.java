package vn.dannguyen.petition.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.dannguyen.petition.ImportProblem;
import vn.dannguyen.petition.SheetRow;

/** Reads a filled-in {@link PetitionSheetTemplate}: its columns by position, row 1 the header. */
public final class PetitionSheetReader {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Dates typed as text: day/month/year, and 31/02 is an error, not 28/02. */
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private PetitionSheetReader() {
    }

    /**
     * The data rows of the first sheet of an .xlsx file. Blank rows are skipped; a cell that cannot be read (a date
     * that is not a date) is reported in {@code problems}; a sheet of more than {@link BoundedSheetReader#MAX_ROWS}
     * rows is refused whole, with that one problem.
     *
     * @throws WorkbookTooLargeException when the workbook holds more than an import reads
     * @throws IOException when the file is not an .xlsx workbook POI can read
     */
    public static List<SheetRow> read(Path file, List<ImportProblem> problems) throws IOException {
        TemplateRows rows = new TemplateRows();
        if (!BoundedSheetReader.readFirstSheet(file, rows)) {
            // Refused whole, without the problems of the rows read so far.
            problems.add(new ImportProblem(0, "petition.import.error.tooManyRows", Integer.toString(BoundedSheetReader.MAX_ROWS)));
            return List.of();
        }
        problems.addAll(rows.problems);
        return rows.read;
    }

    /** Collects the data rows (row 1 is the header) as the reader reports their cells. */
    private static final class TemplateRows implements BoundedSheetReader.Rows {
        final List<SheetRow> read = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final String[] cells = new String[PetitionSheetTemplate.COLUMNS.length];

        @Override
        public void startRow(int rowIndex) {
            Arrays.fill(cells, null);
        }

        @Override
        public void cell(int column, String text) {
            if (column >= 0 && column < cells.length) {
                cells[column] = text;
            }
        }

        @Override
        public void endRow(int rowIndex) {
            if (rowIndex == 0 || Arrays.stream(cells).allMatch(Objects::isNull)) {
                return;
            }
            if (rowIndex > BoundedSheetReader.MAX_ROWS) {
                throw new BoundedSheetReader.Stop();
            }
            int number = rowIndex + 1;
            read.add(new SheetRow(number, typedDate(cells[0], number, problems), cells[1], cells[2], cells[3], cells[4],
                    cells[5], cells[6], cells[7], cells[8], cells[9], cells[10], cells[11]));
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
}
