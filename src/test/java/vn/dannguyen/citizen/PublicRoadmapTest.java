package vn.dannguyen.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionStatus;

/** The roadmap is public only for a voter answered "in progress, with a roadmap"; the database is not even asked otherwise. */
class PublicRoadmapTest {

    private final CitizenLookupService lookup = new CitizenLookupService(); // no EntityManager: a query would fail

    @Test
    void noRoadmapBeforeTheAnswerForADenunciationOrForAnotherResult() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        assertEquals(List.of(), lookup.roadmap(status(PetitionKind.VOTER_PETITION, PetitionStatus.IN_PROGRESS, AnswerResult.IN_PROGRESS, day)),
                "not answered yet");
        assertEquals(List.of(), lookup.roadmap(status(PetitionKind.DENUNCIATION, PetitionStatus.ANSWERED, AnswerResult.IN_PROGRESS, day)),
                "a denunciation shows no answer and no roadmap");
        assertEquals(List.of(), lookup.roadmap(status(PetitionKind.VOTER_PETITION, PetitionStatus.ANSWERED, AnswerResult.RESOLVED, day)),
                "resolved: the answer says what was done");
        assertEquals(List.of(), lookup.roadmap(null));
    }

    private static PublicStatus status(PetitionKind kind, PetitionStatus status, AnswerResult result, LocalDate day) {
        return new PublicStatus("260001-000012-R3K", "Xã Mỹ Bằng", day, kind, "Xây dựng, hạ tầng", "Construction", status, 1,
                result, "Chương trình thay 104 nhà tạm đang thực hiện theo lộ trình.", day, day.plusMonths(10));
    }
}
