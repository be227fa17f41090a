package vn.dannguyen;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel sheets of petitions for the import page, as a clerk fills them in. */
public final class PetitionSheets {

    private PetitionSheets() {
    }

    /**
     * {@code count} counter petitions received on {@code receivedOn}, about street lights, each content
     * "Đèn đường số i {marker}" (i from 1), category "Xây dựng, hạ tầng"; written under target/screenshots.
     */
    public static Path streetLights(String marker, int count, LocalDate receivedOn) throws Exception {
        String day = receivedOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Path file = Path.of("target", "screenshots", marker + "-" + count + "-petitions.xlsx");
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Kiến nghị");
            sheet.createRow(0).createCell(0).setCellValue("Ngày tiếp nhận");
            for (int i = 1; i <= count; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(day);
                row.createCell(1).setCellValue("Tại quầy");
                row.createCell(3).setCellValue("Đèn đường số " + i + " " + marker);
                row.createCell(4).setCellValue("Xây dựng, hạ tầng");
            }
            workbook.write(out);
        }
        return file.toAbsolutePath();
    }
}
