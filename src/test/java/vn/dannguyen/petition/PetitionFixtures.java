package vn.dannguyen.petition;

import java.time.LocalDate;
import java.util.UUID;

import vn.dannguyen.shared.CommuneClock;

/** Petitions as a clerk would fill them in, for tests. */
public final class PetitionFixtures {

    private PetitionFixtures() {
    }

    /** A named walk-in at the service-centre counter, received today. */
    static Petition counter(String content, long categoryId, Long villageId) {
        Petition petition = new Petition();
        petition.setChannel(Channel.COUNTER);
        petition.setKind(PetitionKind.VOTER_PETITION);
        petition.setContent(content);
        petition.setCategoryId(categoryId);
        petition.setVillageId(villageId);
        petition.setPetitionerName("Nguyễn Văn Dân");
        petition.setPetitionerPhone("0912 345 678");
        petition.setReceivedOn(LocalDate.now(CommuneClock.ZONE));
        petition.setSubmissionKey(UUID.randomUUID().toString());
        return petition;
    }

    /** An anonymous petition at the counter, with only what the service requires. */
    public static Petition anonymous(String content, long categoryId) {
        Petition petition = new Petition();
        petition.setChannel(Channel.COUNTER);
        petition.setContent(content);
        petition.setCategoryId(categoryId);
        petition.setAnonymous(true);
        petition.setSubmissionKey(UUID.randomUUID().toString());
        return petition;
    }

    /** A petition voters raised at a meeting (no name given). */
    static Petition atMeeting(String content, long categoryId, long meetingId) {
        Petition petition = counter(content, categoryId, null);
        petition.setMeetingId(meetingId);
        petition.setAnonymous(true);
        return petition;
    }
}
