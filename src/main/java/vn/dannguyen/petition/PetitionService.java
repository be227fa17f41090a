package vn.dannguyen.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import vn.dannguyen.attachment.AttachmentOwner;
import vn.dannguyen.attachment.AttachmentService;
import vn.dannguyen.attachment.Upload;
import vn.dannguyen.deadline.DeadlineService;
import vn.dannguyen.deadline.DeadlineStep;
import vn.dannguyen.meeting.Meeting;
import vn.dannguyen.meeting.MeetingCycle;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.reference.Category;
import vn.dannguyen.reference.Village;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.TypedText;

/** Recording petitions from every channel and linking recurrences; reading them is {@link PetitionQueries}. */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR})
public class PetitionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CommuneClock clock;

    @Inject
    ActiveUser activeUser;

    @Inject
    TrackingCodes trackingCodes;

    @Inject
    AttachmentService attachmentService;

    @Inject
    DeadlineService deadlineService;

    // --- recording ---------------------------------------------------------------------------------

    /**
     * Records a new petition in the user's commune and gives it a tracking code. A submission key seen
     * before returns the petition already recorded for it (a form sent twice records one petition); a key
     * recorded in another commune is refused ({@link SubmissionKeyTakenException}).
     *
     * @param earlierPetitionId an earlier petition this one raises again, or null
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public Petition record(Petition petition, Long earlierPetitionId) {
        return record(petition, earlierPetitionId, List.of());
    }

    /** Records a petition with its attachments, all or nothing. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public Petition record(Petition petition, Long earlierPetitionId, List<Upload> attachments) {
        Optional<Petition> already = recordedUnder(petition.getSubmissionKey());
        if (already.isPresent()) {
            if (!activeUser.isOwnCommune(already.get().getCommuneId())) {
                // Recorded in another commune (even one a province-wide user may read): not the answer to a save
                // in this one, and no second petition can go under it.
                throw new SubmissionKeyTakenException();
            }
            return already.get();
        }
        long communeId = activeUser.getCommuneId();
        petition.setCommuneId(communeId);
        prepare(petition, communeId);
        petition.setLegalDeadline(deadlineService.current().due(petition.getKind().name(), DeadlineStep.ANSWER, petition.getReceivedOn()));
        int number = trackingCodes.reserve(communeId, petition.getReceivedOn().getYear(), 1);
        petition.setTrackingCode(TrackingCodeFormat.format(communeId, petition.getReceivedOn(), number));
        petition.setCreatedBy(activeUser.getUsername());
        try {
            em.persist(petition); // the row is written here (IDENTITY ids), so the key's uniqueness is checked here
        } catch (PersistenceException failure) {
            if (SubmissionKeys.isDuplicateKey(failure)) {
                // Another save under this key committed since the check above. Saving again answers with it if it
                // is this commune's (the same form sent twice at once), or says whose it is not.
                throw new BusinessException("petition.error.savedConcurrently");
            }
            throw failure;
        }
        if (earlierPetitionId != null) {
            link(petition, earlierPetitionId);
        }
        em.flush();
        for (Upload upload : attachments) {
            attachmentService.attach(AttachmentOwner.petition(petition.getId(), petition.getCommuneId()), upload);
        }
        return petition;
    }

    /** The petition a form recorded under its submission key, if the user may see it (a form sent twice). */
    public Optional<Petition> findBySubmissionKey(String key) {
        return recordedUnder(key).filter(p -> activeUser.mayAccessCommune(p.getCommuneId()));
    }

    /** The petition recorded under a submission key, of whichever commune (the key is unique). */
    private Optional<Petition> recordedUnder(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from Petition p where p.submissionKey = :key", Petition.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    /**
     * Checks and completes a petition about to be recorded in {@code communeId}: category, village and
     * meeting must exist there; a meeting sets the cycle and the channel; anonymity drops the petitioner.
     */
    void prepare(Petition petition, long communeId) {
        if (petition.getSubmissionKey() == null || petition.getSubmissionKey().isBlank()) {
            throw new IllegalArgumentException("a submission key is required");
        }
        LocalDate today = clock.today();
        if (petition.getReceivedOn() == null) {
            petition.setReceivedOn(today);
        } else if (petition.getReceivedOn().isAfter(today)) {
            throw new BusinessException("petition.error.receivedInFuture");
        }
        Category category = petition.getCategoryId() == null ? null : em.find(Category.class, petition.getCategoryId());
        if (category == null || !category.isActive()) {
            throw new BusinessException("petition.error.categoryUnknown");
        }
        if (petition.getVillageId() != null) {
            Village village = em.find(Village.class, petition.getVillageId());
            if (village == null || !village.getCommune().getId().equals(communeId)) {
                throw new BusinessException("petition.error.villageUnknown");
            }
        }
        if (petition.getMeetingId() != null) {
            Meeting meeting = em.find(Meeting.class, petition.getMeetingId());
            if (meeting == null || !meeting.getCommuneId().equals(communeId)) {
                throw new BusinessException("petition.error.meetingUnknown");
            }
            petition.setCycleId(meeting.getCycle().getId());
            petition.setChannel(Channel.MEETING);
        } else if (petition.getChannel() == Channel.MEETING) {
            throw new BusinessException("petition.error.meetingRequired");
        } else if (petition.getCycleId() != null) {
            // A written petition sent in for a cycle: the cycle must be this commune's.
            MeetingCycle cycle = em.find(MeetingCycle.class, petition.getCycleId());
            if (cycle == null || !cycle.getCommuneId().equals(communeId)) {
                throw new BusinessException("petition.error.meetingUnknown");
            }
        }
        if (!petition.isAnonymous() && TypedText.isBlank(petition.getPetitionerName()) && petition.getChannel() != Channel.MEETING) {
            // At the counter, by phone or by letter someone is speaking: either they are named or it is anonymous.
            throw new BusinessException("petition.error.petitionerOrAnonymous");
        }
        petition.setContent(petition.getContent().strip());
        petition.clearPetitionerWhenAnonymous();
    }

    private int link(Petition petition, long earlierPetitionId) {
        Petition earlier = em.find(Petition.class, earlierPetitionId);
        if (earlier == null || !earlier.getCommuneId().equals(petition.getCommuneId())) {
            throw new BusinessException("petition.error.earlierUnknown");
        }
        long rootId = earlier.getRecurrenceOfId() != null ? earlier.getRecurrenceOfId() : earlier.getId();
        if (petition.getId() != null && rootId == petition.getId()) {
            throw new BusinessException("petition.error.linkToItself");
        }
        // Locked, so two clerks linking at once both count.
        Petition root = em.find(Petition.class, rootId, LockModeType.PESSIMISTIC_WRITE);
        root.setTimesRaised(root.getTimesRaised() + 1);
        petition.setRecurrenceOfId(rootId);
        return root.getTimesRaised();
    }
}
