package vn.dannguyen.petition.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks made in the tests, and read as the import page reads them: from the file the upload waits in. */
final class Workbooks {

    /** What a test does with the file. */
    interface Reading<T> {
        T read(Path file) throws IOException;
    }

    private Workbooks() {
    }

    static <T> T onFile(byte[] xlsx, Reading<T> reading) throws IOException {
        Path file = Files.createTempFile("petition-sheet", ".xlsx");
        try {
            Files.write(file, xlsx);
            return reading.read(file);
        } finally {
            Files.delete(file);
        }
    }

    static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** A sheet of one petition whose text is in the shared strings part (as Excel writes it). */
    static byte[] withSharedStrings() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet().createRow(1);
            row.createCell(0).setCellValue("5/11/2026");
            row.createCell(3).setCellValue("Sửa cầu tràn thôn Ngô Sơn");
            return bytes(workbook);
        }
    }

    /** The same .xlsx file with its first sheet's XML changed. */
    static byte[] rewriteSheet(byte[] xlsx, UnaryOperator<String> change) throws IOException {
        return rewritePart(xlsx, "xl/worksheets/sheet1.xml", change);
    }

    /** The same .xlsx file with one part's XML changed. */
    static byte[] rewritePart(byte[] xlsx, String part, UnaryOperator<String> change) throws IOException {
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
}
