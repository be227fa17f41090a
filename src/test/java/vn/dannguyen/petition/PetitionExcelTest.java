package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
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
        List<SheetRow> rows = read((filled), problems);
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
                List<SheetRow> rows = read((bytes(workbook)), problems);
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
        List<SheetRow> rows = read((rewritten), problems);
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
        assertThrows(IOException.class, () -> read((xls), new ArrayList<>()));
        assertThrows(IOException.class, () -> read((
                "Ngày;Nội dung\n5/11/2026;Sửa cầu".getBytes(StandardCharsets.UTF_8)), new ArrayList<>()));
    }

    @Test
    void aSheetOfTheLargestSizeIsReadAndOneRowMoreIsRefusedWhole() throws Exception {
        List<ImportProblem> problems = new ArrayList<>();
        assertEquals(PetitionExcel.MAX_ROWS, read((sheetOf(PetitionExcel.MAX_ROWS)), problems).size());
        assertEquals(List.of(new ImportProblem(3, "petition.import.error.date", "31/02/2026")), problems);

        problems.clear();
        assertEquals(List.of(), read((sheetOf(PetitionExcel.MAX_ROWS + 1)), problems));
        assertEquals(List.of(new ImportProblem(0, "petition.import.error.tooManyRows", Integer.toString(PetitionExcel.MAX_ROWS))),
                problems, "only the refusal, not the problems of the rows read before it");
    }

    /**
     * A hostile workbook: a few MB of .xlsx whose shared strings (read into memory, as any cell may use them)
     * unpack to more text than an import of the largest sheet holds. It is refused as too large, not read into the
     * heap; before, it was read whole (and a 10 MB file of this kind took a gigabyte).
     */
    @Test
    void aWorkbookWhoseStringsUnpackToMoreThanAnImportReadsIsRefusedAsTooLarge() throws Exception {
        byte[] small = withSharedStrings();
        StringBuilder strings = new StringBuilder();
        int count = 0;
        for (long chars = 0; chars <= PetitionExcel.MAX_TEXT_CHARS; count++) {
            String text = "Kiến nghị số " + count + " về đường giao thông nông thôn thôn " + (count * 7919 % 100_003) + " ";
            strings.append("<si><t>").append(text.repeat(20)).append("</t></si>");
            chars += text.length() * 20L;
        }
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " count=\"" + count + "\" uniqueCount=\"" + count + "\">" + strings + "</sst>";
        byte[] hostile = rewritePart(small, "xl/sharedStrings.xml", xml -> sst);
        assertTrue(hostile.length < 10 * 1024 * 1024, "a file the upload limits let in: " + hostile.length);
        assertThrows(PetitionExcel.TooLarge.class, () -> read(hostile, new ArrayList<>()));
    }

    /** Millions of empty strings cost the heap though they hold no character: they are counted too. */
    @Test
    void aWorkbookOfMillionsOfEmptyStringsIsRefusedAsTooLarge() throws Exception {
        long count = PetitionExcel.MAX_TEXT_CHARS / PetitionExcel.STRING_OVERHEAD_CHARS + 1;
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si/>".repeat((int) count) + "</sst>";
        byte[] hostile = rewritePart(withSharedStrings(), "xl/sharedStrings.xml", xml -> sst);
        assertTrue(hostile.length < 10 * 1024 * 1024, "a file the upload limits let in: " + hostile.length);
        assertThrows(PetitionExcel.TooLarge.class, () -> read(hostile, new ArrayList<>()));
    }

    /** A part that inflates more than POI's bound (100 times) is refused as too large, with no text read. */
    @Test
    void aZipBombIsRefusedAsTooLarge() throws Exception {
        String bomb = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>" + "a".repeat(30 * 1024 * 1024) + "</t></si></sst>";
        byte[] hostile = rewritePart(withSharedStrings(), "xl/sharedStrings.xml", xml -> bomb);
        assertThrows(PetitionExcel.TooLarge.class, () -> read(hostile, new ArrayList<>()));
    }

    /** A sheet of one petition whose text is in the shared strings part (as Excel writes it). */
    private static byte[] withSharedStrings() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet().createRow(1);
            row.createCell(0).setCellValue("5/11/2026");
            row.createCell(3).setCellValue("Sửa cầu tràn thôn Ngô Sơn");
            return bytes(workbook);
        }
    }

    /** Reads an .xlsx as the import page does: from the file the upload waits in. */
    private static List<SheetRow> read(byte[] xlsx, List<ImportProblem> problems) throws IOException {
        Path file = Files.createTempFile("petition-sheet", ".xlsx");
        try {
            Files.write(file, xlsx);
            return PetitionExcel.read(file, problems);
        } finally {
            Files.delete(file);
        }
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

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** The same .xlsx file with its first sheet's XML changed. */
    private static byte[] rewriteSheet(byte[] xlsx, UnaryOperator<String> change) throws IOException {
        return rewritePart(xlsx, "xl/worksheets/sheet1.xml", change);
    }

    /** The same .xlsx file with one part's XML changed. */
    private static byte[] rewritePart(byte[] xlsx, String part, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void sharedStringsAreReadAsPoiReadsThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet().createRow(0);
            row.createCell(0).setCellValue("Sửa cầu tràn thôn Ngô Sơn");
            XSSFRichTextString rich = new XSSFRichTextString("Nạo vét sông Cầu");
            Font bold = workbook.createFont();
            bold.setBold(true);
            rich.applyFont(0, 7, bold); // two runs: "Nạo vét" in bold, then the rest
            row.createCell(1).setCellValue(rich);
            XSSFRichTextString phonetic = new XSSFRichTextString("Sán Dìu");
            phonetic.getCTRst().addNewRPh().setT("サンディウ"); // a phonetic guide, which is not the cell's text
            row.createCell(2).setCellValue(phonetic);
            row.createCell(3).setCellValue("  khoảng trắng  ");
            row.createCell(4).setCellValue("");
            workbook.write(out);
        }
        // Excel's escapes for characters XML cannot hold: a carriage return, and "_x0041_" written as such.
        byte[] file = rewritePart(out.toByteArray(), "xl/sharedStrings.xml",
                xml -> xml.replace("  khoảng trắng  ", "dòng 1_x000D_\ndòng 2 _x005F_x0041_"));
        try (OPCPackage excel = OPCPackage.open(new ByteArrayInputStream(file))) {
            SharedStrings ours = PetitionExcel.SharedStringsText.of(excel, new PetitionExcel.TextBudget());
            // Without phonetic runs, as the cell's value is (POI's table would add them after a space by default).
            ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(excel, false);
            assertEquals(poi.getUniqueCount(), ours.getUniqueCount());
            assertEquals(5, ours.getUniqueCount());
            for (int i = 0; i < poi.getUniqueCount(); i++) {
                assertEquals(poi.getItemAt(i).getString(), ours.getItemAt(i).getString());
                assertEquals(poi.getItemAt(i).toString(), ours.getItemAt(i).toString(), "what POI's sheet reader takes");
            }
            assertEquals("Nạo vét sông Cầu", ours.getItemAt(1).toString());
            assertEquals("Sán Dìu", ours.getItemAt(2).toString());
            assertEquals("dòng 1\r\ndòng 2 _x0041_", ours.getItemAt(3).toString());
        }
        // An empty shared-strings part holds no strings (POI's table reads it so too), rather than a broken file.
        byte[] empty = rewritePart(out.toByteArray(), "xl/sharedStrings.xml", xml -> "");
        try (OPCPackage excel = OPCPackage.open(new ByteArrayInputStream(empty))) {
            assertEquals(0, PetitionExcel.SharedStringsText.of(excel, new PetitionExcel.TextBudget()).getUniqueCount());
            assertEquals(0, new ReadOnlySharedStringsTable(excel, false).getUniqueCount());
        }
    }
}
