package vn.dannguyen.report.document;

import java.util.List;

/**
 * An administrative report laid out as Decree 30/2020 asks: the issuing body and number on the left, the
 * national heading and place and date on the right, the kind of document and its title in the middle, the body,
 * then the recipients and the signature. Rendered to DOCX ({@link OfficialReportDocx}) and PDF
 * ({@link OfficialReportPdf}) from the same content.
 */
public record OfficialReport(String parentBody, String issuingBody, String number, String placeAndDate, String kind,
                             String title, List<Block> body, List<String> recipients, String signerAuthority,
                             String signerTitle, String signerName) {

    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** A piece of the body. */
    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /** A numbered section heading ("I. ...", "1. ..."), bold. */
    public record Heading(String text) implements Block {
    }

    /** A justified paragraph with its first line indented. */
    public record Paragraph(String text) implements Block {
    }

    /** A table; {@code widths} are relative column widths. The header row repeats on each page. */
    public record Table(List<String> headers, List<List<String>> rows, float[] widths) implements Block {
    }
}
