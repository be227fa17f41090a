package vn.dannguyen.petition.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.dannguyen.petition.excel.Workbooks.bytes;
import static vn.dannguyen.petition.excel.Workbooks.onFile;
import static vn.dannguyen.petition.excel.Workbooks.rewriteSheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.dannguyen.petition.ImportProblem;
import vn.dannguyen.petition.SheetRow;

/** What people fill in, in the template or a sheet like it, is read back. */
class PetitionSheetReaderTest {

    @Test
    void aFilledTemplateIsReadBackAndABadDateIsReportedByRow() throws Exception {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        PetitionSheetTemplate.write(template);
        byte[] filled;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Ngày tiếp nhận", sheet.getRow(0).getCell(0).getStringCellValue());
            Row good = sheet.createRow(1);
            good.createCell(0).setCellValue("5/11/2026");
            good.createCell(3).setCellValue("Nạo vét kênh mương nội đồng");
            good.createCell(4).setCellValue("Thủy lợi, đê điều");
            sheet.createRow(2);
            Row bad = sheet.createRow(3);
            bad.createCell(0).setCellValue("31/02/2026");
            bad.createCell(3).setCellValue("Ngày sai");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<SheetRow> rows = read(filled, problems);
        assertEquals(2, rows.size(), "the blank row is skipped");
        assertEquals(LocalDate.of(2026, 11, 5), rows.get(0).receivedOn());
        assertEquals("Nạo vét kênh mương nội đồng", rows.get(0).content());
        assertEquals(4, rows.get(1).rowNumber());
        assertNull(rows.get(1).receivedOn());
        assertEquals(List.of(new ImportProblem(4, "petition.import.error.date", "31/02/2026")), problems);
    }

    @Test
    void dateCellsInAnyDateFormatAndNumbersAreRead() throws Exception {
        for (boolean date1904 : new boolean[] {false, true}) {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                // Excel for Mac's old default counts dates from 1904: the same date is another number in the file.
                workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(date1904);
                Sheet sheet = workbook.createSheet("Kiến nghị");
                sheet.createRow(0).createCell(0).setCellValue("Ngày tiếp nhận");
                CellStyle usDate = workbook.createCellStyle();
                usDate.setDataFormat((short) 14); // Excel's built-in "m/d/yy"
                CellStyle vietnameseDate = workbook.createCellStyle();
                vietnameseDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                Row first = sheet.createRow(1);
                Cell date = first.createCell(0);
                date.setCellValue(DateUtil.getExcelDate(LocalDate.of(2026, 11, 5).atStartOfDay(), date1904));
                date.setCellStyle(usDate);
                first.createCell(3).setCellValue("Sửa cầu tràn");
                first.createCell(8).setCellValue(912345678d); // a phone number typed as a number
                first.createCell(14).setCellValue("ghi chú ngoài các cột"); // beyond the import's columns
                Row second = sheet.createRow(4);
                Cell other = second.createCell(0);
                other.setCellValue(DateUtil.getExcelDate(LocalDate.of(2026, 1, 31).atStartOfDay(), date1904));
                other.setCellStyle(vietnameseDate);
                second.createCell(3).setCellValue("  Lắp đèn đường  ");

                List<ImportProblem> problems = new ArrayList<>();
                List<SheetRow> rows = read(bytes(workbook), problems);
                String system = date1904 ? "1904" : "1900";
                assertEquals(List.of(), problems, system);
                assertEquals(2, rows.size(), system);
                assertEquals(LocalDate.of(2026, 11, 5), rows.get(0).receivedOn(), system);
                assertEquals("912345678", rows.get(0).petitionerPhone(), system);
                assertEquals(5, rows.get(1).rowNumber(), system);
                assertEquals(LocalDate.of(2026, 1, 31), rows.get(1).receivedOn(), system);
                assertEquals("Lắp đèn đường", rows.get(1).content(), system);
            }
        }
    }

    @Test
    void cellsWrittenWithoutTheirReferenceKeepTheirColumnsEmptyCellsIncluded() throws Exception {
        byte[] sheetFile;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet().createRow(1);
            row.createCell(0).setCellValue("5/11/2026");
            row.createCell(3).setCellValue("Dọn rác bãi sông");
            row.createCell(8).setCellValue("0912 345 678");
            sheetFile = bytes(workbook);
        }
        // As some programs write sheets: no r="D2" on the cells, and an empty cell that still takes its column.
        byte[] rewritten = rewriteSheet(sheetFile, xml -> {
            String unreferenced = xml.replaceAll("<c r=\"[A-Z]+2\"", "<c");
            int afterA = unreferenced.indexOf("</c>", unreferenced.indexOf("<row r=\"2\"")) + 4;
            unreferenced = unreferenced.substring(0, afterA) + "<c/><c s=\"0\"/>" + unreferenced.substring(afterA);
            int afterD = unreferenced.indexOf("</c>", afterA + 14) + 4;
            return unreferenced.substring(0, afterD) + "<c/><c/><c/><c/>" + unreferenced.substring(afterD);
        });
        List<ImportProblem> problems = new ArrayList<>();
        List<SheetRow> rows = read(rewritten, problems);
        assertEquals(List.of(), problems);
        assertEquals(1, rows.size());
        assertEquals(LocalDate.of(2026, 11, 5), rows.get(0).receivedOn());
        assertEquals("Dọn rác bãi sông", rows.get(0).content());
        assertEquals("0912 345 678", rows.get(0).petitionerPhone());
        assertNull(rows.get(0).petitionerAddress());
    }

    @Test
    void onlyXlsxFilesAreRead() throws Exception {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet().createRow(1).createCell(3).setCellValue("Kiến nghị");
            xls = bytes(workbook);
        }
        assertThrows(IOException.class, () -> read(xls, new ArrayList<>()));
        assertThrows(IOException.class, () -> read(
                "Ngày;Nội dung\n5/11/2026;Sửa cầu".getBytes(StandardCharsets.UTF_8), new ArrayList<>()));
    }

    @Test
    void aSheetOfTheLargestSizeIsReadAndOneRowMoreIsRefusedWhole() throws Exception {
        List<ImportProblem> problems = new ArrayList<>();
        assertEquals(BoundedSheetReader.MAX_ROWS, read(sheetOf(BoundedSheetReader.MAX_ROWS), problems).size());
        assertEquals(List.of(new ImportProblem(3, "petition.import.error.date", "31/02/2026")), problems);

        problems.clear();
        assertEquals(List.of(), read(sheetOf(BoundedSheetReader.MAX_ROWS + 1), problems));
        assertEquals(List.of(new ImportProblem(0, "petition.import.error.tooManyRows", Integer.toString(BoundedSheetReader.MAX_ROWS))),
                problems, "only the refusal, not the problems of the rows read before it");
    }

    private static List<SheetRow> read(byte[] xlsx, List<ImportProblem> problems) throws IOException {
        return onFile(xlsx, file -> PetitionSheetReader.read(file, problems));
    }

    /** A sheet of {@code count} data rows; the second has an impossible date. */
    private static byte[] sheetOf(int count) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet();
            for (int r = 1; r <= count; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r == 2 ? "31/02/2026" : "5/11/2026");
                row.createCell(3).setCellValue("Kiến nghị " + r);
            }
            return bytes(workbook);
        }
    }
}
