package vn.dannguyen.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.attachment.AttachmentOwner;
import vn.dannguyen.attachment.AttachmentService;
import vn.dannguyen.attachment.StoredFile;
import vn.dannguyen.attachment.Upload;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.ConcurrentEditException;
import vn.dannguyen.shared.Role;

/**
 * The work between assignment and answer: progress notes with evidence files, and for long work a
 * roadmap of planned steps the voter is told about. Only the holder of the petition (or a leader) writes.
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR})
public class TaskProgressService {

    /** One note with the evidence attached to it. */
    public record NoteWithEvidence(ProgressNote note, List<StoredFile> evidence) {
    }

    /** How many files one note may carry. */
    public static final int MAX_EVIDENCE_FILES = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    CommuneClock clock;

    @Inject
    ActiveUser activeUser;

    @Inject
    PetitionAccess access;

    @Inject
    AttachmentService attachments;

    /** Notes of a petition, newest first, each with its evidence. */
    public List<NoteWithEvidence> notes(long petitionId) {
        access.readable(petitionId);
        Map<Long, List<StoredFile>> evidence = attachments.ofPetition(petitionId).stream()
                .filter(file -> file.getNoteId() != null)
                .collect(Collectors.groupingBy(StoredFile::getNoteId));
        return em.createQuery("select n from ProgressNote n where n.petitionId = :id order by n.id desc", ProgressNote.class)
                .setParameter("id", petitionId).getResultStream()
                .map(note -> new NoteWithEvidence(note, evidence.getOrDefault(note.getId(), List.of())))
                .toList();
    }

    /**
     * Records what was done, how far (0-100 %, optional) and the evidence, all or nothing: a file refused
     * refuses the note, so the officer can correct it and send again without a half-saved note.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public ProgressNote addNote(long petitionId, String text, Integer percentDone, List<Upload> evidence) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("task.error.noteRequired");
        }
        if (text.strip().length() > ProgressNote.NOTE_LENGTH) {
            throw new BusinessException("task.error.noteTooLong", ProgressNote.NOTE_LENGTH);
        }
        if (percentDone != null && (percentDone < 0 || percentDone > 100)) {
            throw new BusinessException("task.error.percent");
        }
        if (evidence.size() > MAX_EVIDENCE_FILES) {
            throw new BusinessException("task.error.tooManyFiles", MAX_EVIDENCE_FILES);
        }
        Petition petition = workable(petitionId);
        ProgressNote note = new ProgressNote(petition.getId(), text.strip(), percentDone, activeUser.getUsername());
        em.persist(note);
        for (Upload upload : evidence) {
            attachments.attach(AttachmentOwner.note(petition.getId(), note.getId(), petition.getCommuneId()), upload);
        }
        access.flush();
        return note;
    }

    /** The roadmap of a petition, by planned date. */
    public List<RoadmapStep> roadmap(long petitionId) {
        access.readable(petitionId);
        return em.createQuery("select s from RoadmapStep s where s.petitionId = :id order by s.plannedOn, s.id", RoadmapStep.class)
                .setParameter("id", petitionId).getResultList();
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public RoadmapStep addStep(long petitionId, LocalDate plannedOn, String description) {
        if (plannedOn == null || description == null || description.isBlank()) {
            throw new BusinessException("task.error.stepRequired");
        }
        if (description.strip().length() > RoadmapStep.DESCRIPTION_LENGTH) {
            throw new BusinessException("task.error.stepTooLong", RoadmapStep.DESCRIPTION_LENGTH);
        }
        Petition petition = workable(petitionId);
        if (plannedOn.isBefore(petition.getReceivedOn())) {
            throw new BusinessException("task.error.stepBeforeReceipt");
        }
        RoadmapStep step = new RoadmapStep(petition.getId(), plannedOn, description.strip());
        em.persist(step);
        return step;
    }

    /** Marks a step done on {@code doneOn} (not in the future), refused if the step changed since it was seen. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public void markStepDone(long stepId, long seenVersion, LocalDate doneOn) {
        RoadmapStep step = em.find(RoadmapStep.class, stepId);
        if (step == null) {
            throw new BusinessException("task.error.stepUnknown");
        }
        workable(step.getPetitionId());
        if (step.getVersion() != seenVersion) {
            throw new ConcurrentEditException();
        }
        if (step.getDoneOn() != null) {
            throw new BusinessException("task.error.stepAlreadyDone");
        }
        if (doneOn == null || doneOn.isAfter(clock.today())) {
            throw new BusinessException("task.error.stepDoneDate");
        }
        step.markDone(doneOn);
        access.flush();
    }

    /** A petition the user holds and that is still being worked on (not closed, not only received). */
    private Petition workable(long petitionId) {
        Petition petition = access.changeable(petitionId);
        PetitionStatus status = petition.getStatus();
        if (status == PetitionStatus.RECEIVED || status == PetitionStatus.CLASSIFIED || status == PetitionStatus.CLOSED) {
            throw new BusinessException("task.error.notInWork", "petition.status." + status);
        }
        access.requireHolder(petition);
        return petition;
    }
}
