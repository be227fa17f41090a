package vn.dannguyen.petition.excel;

import static vn.dannguyen.petition.excel.SheetCells.cell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Competence;
import vn.dannguyen.petition.PetitionKind;

/**
 * The import template: the empty sheet to fill in, with a second sheet listing the values each column accepts.
 * Its columns are those of the compiled list communes already keep; {@link PetitionSheetReader} reads them by
 * position.
 */
public final class PetitionSheetTemplate {

    /** Import columns, in order. */
    static final String[] COLUMNS = {"receivedOn", "channel", "kind", "content", "category", "village",
            "competence", "petitionerName", "petitionerPhone", "petitionerAddress", "language", "interpreterUsed"};

    private PetitionSheetTemplate() {
    }

    public static void write(OutputStream out) {
        ResourceBundle text = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(text.getString("petition.import.sheetName"));
            CellStyle header = SheetCells.headerStyle(workbook);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                cell(head, i, text.getString("petition.import.column." + COLUMNS[i])).setCellStyle(header);
                sheet.setColumnWidth(i, (COLUMNS[i].equals("content") ? 70 : 20) * 256);
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
}
