package vn.dannguyen.report.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

/** The Decree 30/2020 layout of a report, in both formats, checked on the rendered pages and in the Word XML. */
class OfficialReportTest {

    private static final double MM = 72 / 25.4;

    static OfficialReport sample(int rows) {
        List<List<String>> table = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            table.add(List.of(String.valueOf(i), "Giao thông", "Đề nghị sửa chữa đường liên thôn đoạn qua thôn Ngô Sơn, mặt đường"
                    + " xuống cấp, nhiều ổ gà gây mất an toàn giao thông số " + i, "Thôn Ngô Sơn"));
        }
        return new OfficialReport("UBND TỈNH THÁI NGUYÊN", "ỦY BAN NHÂN DÂN XÃ MỸ BẰNG", "Số:      /BC-UBND",
                "Mỹ Bằng, ngày 25 tháng 11 năm 2026", "BÁO CÁO",
                "Tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp thứ 4 Hội đồng nhân dân xã",
                List.of(new OfficialReport.Heading("I. TÌNH HÌNH TIẾP XÚC CỬ TRI"),
                        new OfficialReport.Paragraph("Thực hiện kế hoạch của Thường trực Hội đồng nhân dân xã, các đại biểu đã tổ"
                                + " chức 3 hội nghị tiếp xúc cử tri với 412 lượt cử tri tham dự; cử tri phát biểu 28 lượt."),
                        new OfficialReport.Heading("II. TỔNG HỢP Ý KIẾN, KIẾN NGHỊ"),
                        new OfficialReport.Table(List.of("STT", "Lĩnh vực", "Nội dung kiến nghị", "Thôn"), table,
                                new float[] {1, 3, 9, 3})),
                List.of("Thường trực HĐND xã;", "Chủ tịch, các Phó Chủ tịch UBND xã;", "Lưu: VT."),
                "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Minh");
    }

    @Test
    void thePdfKeepsTheDecreeMarginsHeadingAndPageNumbers() throws Exception {
        Path pdf = Path.of("target", "reports", "official-report.pdf");
        Files.createDirectories(pdf.getParent());
        try (OutputStream out = Files.newOutputStream(pdf)) {
            OfficialReportPdf.write(sample(40), out);
        }
        PdfLayout.draw(pdf, Path.of("target", "screenshots", "official-report"));
        PdfLayout layout = PdfLayout.of(pdf);

        assertEquals(595.3, layout.width(), 0.5, "A4 width");
        assertEquals(841.9, layout.height(), 0.5, "A4 height");
        assertTrue(layout.pages() >= 2, "forty rows run onto a second page");
        assertEquals(List.of(), layout.decreeLayoutViolations());
        double textCentre = (30 * MM + layout.width() - 15 * MM) / 2;
        PdfLayout.Word nation = layout.first(1, "CỘNG");
        assertTrue(nation.xMin() > textCentre - 60, "the national heading stands on the right: " + nation);
        assertTrue(layout.first(1, "XÃ").xMax() < textCentre, "the issuing body stands on the left");
        PdfLayout.Word kind = layout.first(1, "BÁO");
        assertTrue(kind.yMin() > layout.first(1, "Mỹ").yMax(), "the kind of document comes after the place and date");
        assertEquals(textCentre, (kind.xMin() + layout.first(1, "CÁO").xMax()) / 2, 6, "the kind of document is centred");
        assertTrue(layout.text(1).contains("Độc lập - Tự do - Hạnh phúc"));
        assertTrue(layout.words(1).stream().noneMatch(w -> w.yMax() < 20 * MM), "no page number on page 1");
        PdfLayout.Word two = layout.words(2).stream().filter(w -> w.text().equals("2") && w.yMax() < 20 * MM).findFirst()
                .orElseThrow(() -> new AssertionError("page 2 carries its number in the top margin"));
        assertEquals(textCentre, two.centre(), 6, "page numbers stand at the top centre");
        int last = layout.pages();
        assertTrue(layout.text(last).contains("Nơi nhận:") && layout.text(last).contains("Trần Văn Minh"), "signature on the last page");
    }

    @Test
    void theWordDocumentUsesTimesNewRomanA4AndTheDecreeMargins() throws Exception {
        Path docx = Path.of("target", "reports", "official-report.docx");
        Files.createDirectories(docx.getParent());
        try (OutputStream out = Files.newOutputStream(docx)) {
            OfficialReportDocx.write(sample(10), out);
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            var section = document.getDocument().getBody().getSectPr();
            assertEquals(11906, ((Number) section.getPgSz().getW()).intValue(), "A4 width in twips");
            CTPageMar margins = section.getPgMar();
            assertEquals(1134, ((Number) margins.getTop()).intValue(), "20 mm");
            assertEquals(1134, ((Number) margins.getBottom()).intValue(), "20 mm");
            assertEquals(1701, ((Number) margins.getLeft()).intValue(), "30 mm");
            assertEquals(850, ((Number) margins.getRight()).intValue(), "15 mm");
            assertTrue(section.isSetTitlePg(), "page 1 has its own (empty) header: no number on it");
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                for (XWPFRun run : paragraph.getRuns()) {
                    assertEquals(OfficialReportDocx.FONT, run.getFontFamily());
                }
            }
            String heading = document.getTables().get(0).getRow(0).getCell(1).getText();
            assertTrue(heading.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && heading.contains("Độc lập - Tự do - Hạnh phúc"));
            assertEquals(11, document.getTables().get(1).getNumberOfRows(), "header row and ten petitions");
            assertTrue(document.getHeaderList().stream().anyMatch(h -> h._getHdrFtr().xmlText().contains("PAGE")),
                    "the other pages number themselves");
        }
    }
}
