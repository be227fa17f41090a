package vn.dannguyen.petition.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dannguyen.petition.excel.Workbooks.onFile;
import static vn.dannguyen.petition.excel.Workbooks.rewritePart;
import static vn.dannguyen.petition.excel.Workbooks.withSharedStrings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Any sheet's rows, read within bounds: a hostile workbook is refused before it fills the heap. */
class BoundedSheetReaderTest {

    /** Reads the first sheet as it is, each row's cells as "column=text" joined by "|". */
    private static class AsText implements BoundedSheetReader.Rows {
        final List<String> rows = new ArrayList<>();
        private final StringBuilder row = new StringBuilder();

        @Override
        public void startRow(int rowIndex) {
            row.setLength(0);
            row.append(rowIndex).append(':');
        }

        @Override
        public void cell(int column, String text) {
            row.append(column).append('=').append(text).append('|');
        }

        @Override
        public void endRow(int rowIndex) {
            rows.add(row.toString());
        }
    }

    private static List<String> read(byte[] xlsx) throws Exception {
        AsText rows = new AsText();
        boolean whole = onFile(xlsx, file -> BoundedSheetReader.readFirstSheet(file, rows));
        assertTrue(whole, "read to the end");
        return rows.rows;
    }

    @Test
    void anySheetIsReadRowByRowWithItsColumnsAndBlankCellsLeftOut() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row title = workbook.createSheet().createRow(0);
            title.createCell(2).setCellValue("  TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỬ TRI  ");
            title.createCell(3).setCellValue(" ");
            workbook.getSheetAt(0).createRow(3).createCell(5).setCellValue(12d);
            assertEquals(List.of("0:2=TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỬ TRI|", "3:5=12|"), read(Workbooks.bytes(workbook)));
        }
    }

    @Test
    void rowsMayStopTheReading() throws Exception {
        BoundedSheetReader.Rows stopAtOnce = new AsText() {
            @Override
            public void endRow(int rowIndex) {
                throw new BoundedSheetReader.Stop();
            }
        };
        boolean whole = onFile(withSharedStrings(), file -> BoundedSheetReader.readFirstSheet(file, stopAtOnce));
        assertFalse(whole, "stopped");
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
        for (long chars = 0; chars <= BoundedSheetReader.MAX_TEXT_CHARS; count++) {
            String text = "Kiến nghị số " + count + " về đường giao thông nông thôn thôn " + (count * 7919 % 100_003) + " ";
            strings.append("<si><t>").append(text.repeat(20)).append("</t></si>");
            chars += text.length() * 20L;
        }
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " count=\"" + count + "\" uniqueCount=\"" + count + "\">" + strings + "</sst>";
        byte[] hostile = rewritePart(small, "xl/sharedStrings.xml", xml -> sst);
        assertTrue(hostile.length < 10 * 1024 * 1024, "a file the upload limits let in: " + hostile.length);
        assertThrows(WorkbookTooLargeException.class, () -> read(hostile));
    }

    /** Millions of empty strings cost the heap though they hold no character: they are counted too. */
    @Test
    void aWorkbookOfMillionsOfEmptyStringsIsRefusedAsTooLarge() throws Exception {
        long count = BoundedSheetReader.MAX_TEXT_CHARS / SharedStringsText.STRING_OVERHEAD_CHARS + 1;
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si/>".repeat((int) count) + "</sst>";
        byte[] hostile = rewritePart(withSharedStrings(), "xl/sharedStrings.xml", xml -> sst);
        assertTrue(hostile.length < 10 * 1024 * 1024, "a file the upload limits let in: " + hostile.length);
        assertThrows(WorkbookTooLargeException.class, () -> read(hostile));
    }

    /** A part that inflates more than POI's bound (100 times) is refused as too large, with no text read. */
    @Test
    void aZipBombIsRefusedAsTooLarge() throws Exception {
        String bomb = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>" + "a".repeat(30 * 1024 * 1024) + "</t></si></sst>";
        byte[] hostile = rewritePart(withSharedStrings(), "xl/sharedStrings.xml", xml -> bomb);
        assertThrows(WorkbookTooLargeException.class, () -> read(hostile));
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
            SharedStrings ours = SharedStringsText.of(excel, new TextBudget());
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
            assertEquals(0, SharedStringsText.of(excel, new TextBudget()).getUniqueCount());
            assertEquals(0, new ReadOnlySharedStringsTable(excel, false).getUniqueCount());
        }
    }
}
