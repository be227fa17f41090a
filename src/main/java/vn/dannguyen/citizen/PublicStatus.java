package vn.dannguyen.citizen;

import java.io.Serializable;
import java.time.LocalDate;

import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionStatus;

/**
 * A petition as the public may see it: no petitioner, no text (which may name people), only where it
 * stands. Built by a query that selects nothing else.
 */
public record PublicStatus(String trackingCode, String communeName, LocalDate receivedOn, PetitionKind kind,
                           String categoryVi, String categoryEn, PetitionStatus status, int timesRaised)
        implements Serializable {

    public String category(String language) {
        return "en".equals(language) ? categoryEn : categoryVi;
    }
}
