package vn.dannguyen.citizen;

import java.io.Serializable;
import java.time.LocalDate;

import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionStatus;

/**
 * A petition as the public may see it: no petitioner, no petition text (which may name people), only where it
 * stands and, once the voter has been answered, the commune's answer. Built by a query that selects nothing else.
 */
public record PublicStatus(String trackingCode, String communeName, LocalDate receivedOn, PetitionKind kind,
                           String categoryVi, String categoryEn, PetitionStatus status, int timesRaised,
                           AnswerResult answerResult, String answerText, LocalDate answeredOn, LocalDate expectedOn)
        implements Serializable {

    /**
     * The answer is shown only once given to the voter, and never for a denunciation, whose answer could point
     * to the person who made it (Law on Denunciation: the denouncer's identity is protected).
     */
    public PublicStatus {
        if (!PetitionStatus.DONE.contains(status) || kind == PetitionKind.DENUNCIATION) {
            answerResult = null;
            answerText = null;
            answeredOn = null;
            expectedOn = null;
        }
    }

    public boolean isAnswered() {
        return answerText != null;
    }

    public String category(String language) {
        return "en".equals(language) ? categoryEn : categoryVi;
    }
}
