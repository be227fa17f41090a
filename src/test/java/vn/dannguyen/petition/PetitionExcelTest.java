package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Petition sheets: what is exported can be read by people, and what people fill in can be read back. */
class PetitionExcelTest {

    private static PetitionRow row(long id, String petitioner, boolean anonymous) {
        return new PetitionRow(id, "260001-00000" + id + "-ACD", LocalDate.of(2026, 11, 20), PetitionKind.VOTER_PETITION,
                Channel.MEETING, PetitionStatus.RECEIVED, Competence.COMMUNE, "Giao thông", "Roads and traffic", "Thôn Ngô Sơn",
                "Sửa cầu Ngô Sơn", 2, null, anonymous, petitioner);
    }

    @Test
    void anExportedListReadsInTheUsersLanguageWithMaskedPetitioners() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PetitionExcel.export(List.of(row(1, "Lê Văn Ba", false), row(2, null, false), row(3, null, true)),
                Locale.forLanguageTag("vi"), out);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Mã theo dõi", sheet.getRow(0).getCell(0).getStringCellValue());
            Row first = sheet.getRow(1);
            assertEquals("260001-000001-ACD", first.getCell(0).getStringCellValue());
            assertEquals("20/11/2026", first.getCell(1).getStringCellValue());
            assertEquals("Hội nghị TXCT", first.getCell(2).getStringCellValue());
            assertEquals("Giao thông", first.getCell(5).getStringCellValue());
            assertEquals("Lê Văn Ba", first.getCell(10).getStringCellValue());
            assertEquals("(được bảo vệ)", sheet.getRow(2).getCell(10).getStringCellValue());
            assertEquals("Ẩn danh", sheet.getRow(3).getCell(10).getStringCellValue());
        }
    }

    @Test
    void aFilledTemplateIsReadBackAndABadDateIsReportedByRow() throws Exception {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        PetitionExcel.template(template);
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
        List<SheetRow> rows = PetitionExcel.read(new ByteArrayInputStream(filled), problems);
        assertEquals(2, rows.size(), "the blank row is skipped");
        assertEquals(LocalDate.of(2026, 11, 5), rows.get(0).receivedOn());
        assertEquals("Nạo vét kênh mương nội đồng", rows.get(0).content());
        assertEquals(4, rows.get(1).rowNumber());
        assertNull(rows.get(1).receivedOn());
        assertEquals(List.of(new ImportProblem(4, "petition.import.error.date", "31/02/2026")), problems);
    }

    @Test
    void dateCellsInAnyDateFormatAndNumbersAreReadFromXlsxAndXls() throws Exception {
        for (Workbook workbook : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            try (workbook) {
                Sheet sheet = workbook.createSheet("Kiến nghị");
                sheet.createRow(0).createCell(0).setCellValue("Ngày tiếp nhận");
                CellStyle usDate = workbook.createCellStyle();
                usDate.setDataFormat((short) 14); // Excel's built-in "m/d/yy"
                CellStyle vietnameseDate = workbook.createCellStyle();
                vietnameseDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                Row first = sheet.createRow(1);
                Cell date = first.createCell(0);
                date.setCellValue(LocalDate.of(2026, 11, 5));
                date.setCellStyle(usDate);
                first.createCell(3).setCellValue("Sửa cầu tràn");
                first.createCell(8).setCellValue(912345678d); // a phone number typed as a number
                first.createCell(14).setCellValue("ghi chú ngoài các cột"); // beyond the import's columns
                Row second = sheet.createRow(4);
                Cell other = second.createCell(0);
                other.setCellValue(LocalDate.of(2026, 1, 31));
                other.setCellStyle(vietnameseDate);
                second.createCell(3).setCellValue("  Lắp đèn đường  ");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);

                List<ImportProblem> problems = new ArrayList<>();
                List<SheetRow> rows = PetitionExcel.read(new ByteArrayInputStream(out.toByteArray()), problems);
                String kind = workbook.getClass().getSimpleName();
                assertEquals(List.of(), problems, kind);
                assertEquals(2, rows.size(), kind);
                assertEquals(LocalDate.of(2026, 11, 5), rows.get(0).receivedOn(), kind);
                assertEquals("912345678", rows.get(0).petitionerPhone(), kind);
                assertEquals(5, rows.get(1).rowNumber(), kind);
                assertEquals(LocalDate.of(2026, 1, 31), rows.get(1).receivedOn(), kind);
                assertEquals("Lắp đèn đường", rows.get(1).content(), kind);
            }
        }
    }

    @Test
    void aSheetWithMoreRowsThanAnImportTakesIsRefusedWhole() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet();
            for (int r = 1; r <= PetitionExcel.MAX_ROWS + 1; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("5/11/2026");
                row.createCell(3).setCellValue("Kiến nghị " + r);
            }
            workbook.write(out);
        }
        List<ImportProblem> problems = new ArrayList<>();
        assertEquals(List.of(), PetitionExcel.read(new ByteArrayInputStream(out.toByteArray()), problems));
        assertEquals(List.of(new ImportProblem(0, "petition.import.error.tooManyRows", Integer.toString(PetitionExcel.MAX_ROWS))),
                problems);
    }
}
