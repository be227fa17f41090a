package vn.dannguyen.petition;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of a petition list. The petitioner is already masked for the reader (see
 * {@link PetitionerPrivacy}); {@code petitioner} is null when hidden or anonymous.
 */
public record PetitionRow(long id, String trackingCode, LocalDate receivedOn, PetitionKind kind, Channel channel,
                          PetitionStatus status, Competence competence, String categoryVi, String categoryEn,
                          String villageName, String content, int timesRaised, Long recurrenceOfId,
                          boolean anonymous, String petitioner) implements Serializable {

    /** The content cut to a list-friendly length. */
    public String excerpt() {
        return content.length() <= 160 ? content : content.substring(0, 157) + "…";
    }

    public String category(String language) {
        return "en".equals(language) ? categoryEn : categoryVi;
    }

    PetitionRow masked(boolean mayKnowPetitioner) {
        return mayKnowPetitioner ? this : new PetitionRow(id, trackingCode, receivedOn, kind, channel, status,
                competence, categoryVi, categoryEn, villageName, content, timesRaised, recurrenceOfId, anonymous, null);
    }
}
