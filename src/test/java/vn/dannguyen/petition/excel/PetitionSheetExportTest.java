package vn.dannguyen.petition.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Competence;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionStatus;

/** What is exported can be read by people. */
class PetitionSheetExportTest {

    private static PetitionRow row(long id, String petitioner, boolean anonymous) {
        return new PetitionRow(id, "260001-00000" + id + "-ACD", LocalDate.of(2026, 11, 20), PetitionKind.VOTER_PETITION,
                Channel.MEETING, PetitionStatus.RECEIVED, Competence.COMMUNE, "Giao thông", "Roads and traffic", "Thôn Ngô Sơn",
                "Sửa cầu Ngô Sơn", 2, null, anonymous, petitioner);
    }

    @Test
    void anExportedListReadsInTheUsersLanguageWithMaskedPetitioners() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PetitionSheetExport.write(List.of(row(1, "Lê Văn Ba", false), row(2, null, false), row(3, null, true)),
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
}
