package vn.dannguyen.petition;

import java.io.Serializable;
import java.time.LocalDate;

/** One data row of an imported petition sheet, as typed (labels not yet resolved). */
public record SheetRow(int rowNumber, LocalDate receivedOn, String channel, String kind, String content,
                       String category, String village, String competence, String petitionerName,
                       String petitionerPhone, String petitionerAddress, String language, String interpreter)
        implements Serializable {
}
