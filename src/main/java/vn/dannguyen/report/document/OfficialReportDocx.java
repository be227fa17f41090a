package vn.dannguyen.report.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The Word document of an official report, as Decree 30/2020 lays it out: A4; margins top and bottom 20 mm,
 * left 30 mm, right 15 mm; Times New Roman; page numbers at the top centre from page 2 on.
 */
public final class OfficialReportDocx {

    public static final String FONT = "Times New Roman";
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private OfficialReportDocx() {
    }

    public static void write(OfficialReport report, OutputStream out) {
        try (XWPFDocument document = new XWPFDocument()) {
            page(document);
            heading(document, report);
            line(document.createParagraph(), report.kind(), 14, true, false, ParagraphAlignment.CENTER).setSpacingBefore(360);
            line(document.createParagraph(), report.title(), 14, true, false, ParagraphAlignment.CENTER).setSpacingAfter(240);
            for (OfficialReport.Block block : report.body()) {
                if (block instanceof OfficialReport.Heading h) {
                    line(document.createParagraph(), h.text(), 14, true, false, ParagraphAlignment.BOTH).setSpacingAfter(120);
                } else if (block instanceof OfficialReport.Paragraph p) {
                    XWPFParagraph paragraph = line(document.createParagraph(), p.text(), 14, false, false, ParagraphAlignment.BOTH);
                    paragraph.setIndentationFirstLine((int) Math.round(12.7 * TWIPS_PER_MM));
                    paragraph.setSpacingAfter(120);
                } else if (block instanceof OfficialReport.Table t) {
                    table(document, t);
                }
            }
            signature(document, report);
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
        margins.setHeader(twips(10));
        margins.setFooter(twips(10));
        // A first-page header of its own, left empty: no page number on page 1.
        section.addNewTitlePg();
        document.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = header.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static BigInteger twips(double millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }

    private static void heading(XWPFDocument document, OfficialReport report) {
        XWPFTable table = borderless(document, 2, 40, 60);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(left.getParagraphs().get(0), report.parentBody(), 13, false, false, ParagraphAlignment.CENTER);
        line(left.addParagraph(), report.issuingBody(), 13, true, false, ParagraphAlignment.CENTER);
        line(left.addParagraph(), "________", 9, false, false, ParagraphAlignment.CENTER);
        line(left.addParagraph(), report.number(), 13, false, false, ParagraphAlignment.CENTER).setSpacingBefore(80);
        line(right.getParagraphs().get(0), OfficialReport.NATION, 12, true, false, ParagraphAlignment.CENTER);
        line(right.addParagraph(), OfficialReport.MOTTO, 13, true, false, ParagraphAlignment.CENTER);
        line(right.addParagraph(), "_______________________", 9, false, false, ParagraphAlignment.CENTER);
        line(right.addParagraph(), report.placeAndDate(), 13, false, true, ParagraphAlignment.CENTER).setSpacingBefore(80);
    }

    private static void signature(XWPFDocument document, OfficialReport report) {
        XWPFTable table = borderless(document, 2, 50, 50);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph title = left.getParagraphs().get(0);
        XWPFRun run = title.createRun();
        run.setText("Nơi nhận:");
        run.setFontFamily(FONT);
        run.setFontSize(12);
        run.setBold(true);
        run.setItalic(true);
        for (String recipient : report.recipients()) {
            line(left.addParagraph(), "- " + recipient, 11, false, false, ParagraphAlignment.LEFT);
        }
        line(right.getParagraphs().get(0), report.signerAuthority(), 14, true, false, ParagraphAlignment.CENTER);
        line(right.addParagraph(), report.signerTitle(), 14, true, false, ParagraphAlignment.CENTER).setSpacingAfter(1400);
        line(right.addParagraph(), report.signerName(), 14, true, false, ParagraphAlignment.CENTER);
    }

    private static void table(XWPFDocument document, OfficialReport.Table source) {
        int columns = source.headers().size();
        XWPFTable table = document.createTable(source.rows().size() + 1, columns);
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        float total = 0;
        for (float width : source.widths()) {
            total += width;
        }
        for (int column = 0; column < columns; column++) {
            XWPFTableCell cell = table.getRow(0).getCell(column);
            cell.setWidth(Math.round(source.widths()[column] * 100 / total) + "%");
            line(cell.getParagraphs().get(0), source.headers().get(column), 12, true, false, ParagraphAlignment.CENTER);
        }
        table.getRow(0).setRepeatHeader(true);
        for (int row = 0; row < source.rows().size(); row++) {
            for (int column = 0; column < columns; column++) {
                String value = source.rows().get(row).get(column);
                line(table.getRow(row + 1).getCell(column).getParagraphs().get(0), value == null ? "" : value, 12, false,
                        false, ParagraphAlignment.LEFT);
            }
        }
        document.createParagraph();
    }

    private static XWPFTable borderless(XWPFDocument document, int columns, int... percents) {
        XWPFTable table = document.createTable(1, columns);
        table.setWidth("100%");
        table.removeBorders();
        for (int column = 0; column < columns; column++) {
            table.getRow(0).getCell(column).setWidth(percents[column] + "%");
        }
        return table;
    }

    private static XWPFParagraph line(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic,
                                      ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        run.setText(text == null ? "" : text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        return paragraph;
    }
}
