package vn.dannguyen.petition;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.dannguyen.shared.pdf.PdfFonts;

/**
 * The receipt (phiếu tiếp nhận) a walk-in petitioner takes home: the tracking code to look the petition
 * up, what was received and by whom. Always in Vietnamese, A5, with the national heading.
 */
public record PetitionReceipt(String communeName, String trackingCode, LocalDate receivedOn, PetitionKind kind,
                              Channel channel, String category, String village, String petitionerName,
                              String content, String receivedBy, String lookupUrl) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public void writePdf(OutputStream out) {
        ResourceBundle text = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));
        Document document = new Document(PageSize.A5, 40, 28, 35, 35);
        PdfWriter.getInstance(document, out);
        document.addTitle(text.getString("petition.receipt.title") + " " + trackingCode);
        document.open();

        PdfPTable heading = new PdfPTable(new float[] {1f, 1.75f});
        heading.setWidthPercentage(100);
        heading.addCell(centered(new Phrase(text.getString("petition.receipt.issuer").replace("{0}",
                communeName.toUpperCase(Locale.forLanguageTag("vi"))), PdfFonts.bold(8.5f))));
        Phrase nation = new Phrase();
        nation.add(new Phrase(text.getString("petition.receipt.nation") + "\n", PdfFonts.bold(8)));
        nation.add(new Phrase(text.getString("petition.receipt.motto"), PdfFonts.bold(9)));
        heading.addCell(centered(nation));
        document.add(heading);

        Paragraph title = new Paragraph(text.getString("petition.receipt.title").toUpperCase(Locale.forLanguageTag("vi")),
                PdfFonts.bold(12));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(16);
        document.add(title);
        Paragraph code = new Paragraph(text.getString("petition.receipt.code") + " " + trackingCode, PdfFonts.bold(13));
        code.setAlignment(Element.ALIGN_CENTER);
        code.setSpacingAfter(12);
        document.add(code);

        line(document, text.getString("petition.receipt.receivedOn"), receivedOn.format(DATE));
        line(document, text.getString("petition.receipt.channel"), text.getString("petition.channel." + channel));
        line(document, text.getString("petition.receipt.kind"), text.getString("petition.kind." + kind));
        line(document, text.getString("petition.receipt.petitioner"),
                petitionerName == null ? text.getString("petition.receipt.anonymous") : petitionerName);
        line(document, text.getString("petition.receipt.category"), category);
        if (village != null) {
            line(document, text.getString("petition.receipt.village"), village);
        }
        Paragraph contentLabel = new Paragraph(text.getString("petition.receipt.content"), PdfFonts.bold(10));
        contentLabel.setSpacingBefore(6);
        document.add(contentLabel);
        Paragraph body = new Paragraph(content, PdfFonts.regular(10));
        body.setAlignment(Element.ALIGN_JUSTIFIED);
        document.add(body);

        Paragraph lookup = new Paragraph(text.getString("petition.receipt.lookup") + " " + lookupUrl, PdfFonts.italic(9));
        lookup.setSpacingBefore(12);
        document.add(lookup);

        Paragraph signer = new Paragraph(text.getString("petition.receipt.receivedBy") + "\n\n\n" + receivedBy, PdfFonts.bold(10));
        signer.setAlignment(Element.ALIGN_RIGHT);
        signer.setSpacingBefore(14);
        document.add(signer);
        document.close();
    }

    private static void line(Document document, String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Phrase(label + " ", PdfFonts.bold(10)));
        paragraph.add(new Phrase(value, PdfFonts.regular(10)));
        document.add(paragraph);
    }

    private static PdfPCell centered(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }
}
