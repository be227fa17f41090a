package vn.dannguyen.report.document;

import java.io.OutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import vn.dannguyen.shared.pdf.PdfFonts;

/**
 * The PDF of an official report: A4, margins top and bottom 20 mm, left 30 mm, right 15 mm; Liberation Serif
 * (metrically Times New Roman) 13-14 pt; page numbers at the top centre from page 2 on.
 */
public final class OfficialReportPdf {

    static final float MM = 72f / 25.4f;
    static final float LEFT = 30 * MM;
    static final float RIGHT = 15 * MM;
    static final float TOP = 20 * MM;
    static final float BOTTOM = 20 * MM;

    private OfficialReportPdf() {
    }

    public static void write(OfficialReport report, OutputStream out) {
        Document document = new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers());
            document.addTitle(report.kind() + " " + report.title());
            document.addCreator("Dân Nguyện");
            document.open();
            document.add(heading(report));
            document.add(centered(report.kind(), PdfFonts.timesBold(14), 18, 0));
            document.add(centered(report.title(), PdfFonts.timesBold(14), 2, 12));
            for (OfficialReport.Block block : report.body()) {
                if (block instanceof OfficialReport.Heading h) {
                    document.add(paragraph(h.text(), PdfFonts.timesBold(14), 0, 6));
                } else if (block instanceof OfficialReport.Paragraph p) {
                    document.add(paragraph(p.text(), PdfFonts.times(14), 12.7f * MM, 6));
                } else if (block instanceof OfficialReport.Table t) {
                    document.add(table(t));
                }
            }
            document.add(signature(report));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the report", e);
        }
    }

    /** Two columns: issuing body and number | national heading and place, date. */
    private static PdfPTable heading(OfficialReport report) {
        PdfPTable table = new PdfPTable(new float[] {4, 6});
        table.setWidthPercentage(100);
        PdfPCell left = cell();
        left.addElement(centered(report.parentBody(), PdfFonts.times(13), 0, 0));
        left.addElement(centered(report.issuingBody(), PdfFonts.timesBold(13), 0, 0));
        left.addElement(centered("________", PdfFonts.times(9), 0, 2));
        left.addElement(centered(report.number(), PdfFonts.times(13), 4, 0));
        PdfPCell right = cell();
        right.addElement(centered(OfficialReport.NATION, PdfFonts.timesBold(12), 0, 0));
        right.addElement(centered(OfficialReport.MOTTO, PdfFonts.timesBold(13), 0, 0));
        right.addElement(centered("_______________________", PdfFonts.times(9), 0, 2));
        right.addElement(centered(report.placeAndDate(), PdfFonts.timesItalic(13), 4, 0));
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private static PdfPTable signature(OfficialReport report) {
        PdfPTable table = new PdfPTable(new float[] {5, 5});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        PdfPCell left = cell();
        com.lowagie.text.Paragraph title = new com.lowagie.text.Paragraph("Nơi nhận:", PdfFonts.timesBoldItalic(12));
        left.addElement(title);
        for (String recipient : report.recipients()) {
            left.addElement(new com.lowagie.text.Paragraph("- " + recipient, PdfFonts.times(11)));
        }
        PdfPCell right = cell();
        right.addElement(centered(report.signerAuthority(), PdfFonts.timesBold(14), 0, 0));
        right.addElement(centered(report.signerTitle(), PdfFonts.timesBold(14), 0, 60));
        right.addElement(centered(report.signerName(), PdfFonts.timesBold(14), 0, 0));
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private static PdfPTable table(OfficialReport.Table source) {
        PdfPTable table = new PdfPTable(source.widths());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : source.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, PdfFonts.timesBold(12)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (var row : source.rows()) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, PdfFonts.times(12)));
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static com.lowagie.text.Paragraph centered(String text, Font font, float before, float after) {
        com.lowagie.text.Paragraph paragraph = new com.lowagie.text.Paragraph(text == null ? "" : text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static com.lowagie.text.Paragraph paragraph(String text, Font font, float firstLineIndent, float after) {
        com.lowagie.text.Paragraph paragraph = new com.lowagie.text.Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(firstLineIndent);
        paragraph.setSpacingAfter(after);
        paragraph.setLeading(0, 1.3f);
        return paragraph;
    }

    /** Decree 30: the page number at the top centre, not on the first page. */
    private static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page > 1) {
                PdfContentByte canvas = writer.getDirectContent();
                float x = (document.left() + document.right()) / 2;
                float y = document.getPageSize().getHeight() - 12 * MM;
                ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(String.valueOf(page), PdfFonts.times(13)), x, y, 0);
            }
        }
    }
}
