package vn.dannguyen.petition.excel;

import static vn.dannguyen.petition.excel.SheetCells.cell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.dannguyen.petition.PetitionRow;

/** A filtered petition list as an .xlsx sheet, in the reader's language, with petitioners as they may see them. */
public final class PetitionSheetExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PetitionSheetExport() {
    }

    public static void write(List<PetitionRow> rows, Locale locale, OutputStream out) {
        ResourceBundle text = ResourceBundle.getBundle("i18n.messages", locale);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(text.getString("petition.list.title"));
            CellStyle header = SheetCells.headerStyle(workbook);
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
}
