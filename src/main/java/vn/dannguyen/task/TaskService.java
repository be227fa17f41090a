package vn.dannguyen.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.deadline.DeadlineService;
import vn.dannguyen.deadline.DeadlineStep;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.people.AppUser;
import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.Competence;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.petition.PetitionWorkflow;
import vn.dannguyen.petition.WorkflowAction;
import vn.dannguyen.reference.Category;
import vn.dannguyen.reference.Department;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.MessageBundleResolver;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.Seen;
import vn.dannguyen.shared.TypedText;

/**
 * Moves petitions through the workflow: assignment (one or many at once), progress, resolution, the
 * answer to the voter, closing and reopening. Every change checks the version the user saw, so nobody
 * silently overwrites another, and records a transition with who, when and why.
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR})
public class TaskService {

    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    @PersistenceContext
    EntityManager em;

    @Inject
    CommuneClock clock;

    @Inject
    ActiveUser activeUser;

    @Inject
    DeadlineService deadlineService;

    @Inject
    PetitionAccess access;

    // --- changing ----------------------------------------------------------------------------------

    /**
     * Assigns petitions (one, or a batch such as the ten the service centre signs at once) to a
     * department and optionally an officer, by {@code dueOn} or else each petition's legal deadline.
     * All or none: one petition changed meanwhile refuses the whole batch.
     */
    @RolesAllowed(Role.Names.LEADER)
    public int assign(List<Seen> petitions, long departmentId, Long officerId, LocalDate dueOn, String instructions) {
        if (petitions.isEmpty()) {
            throw new BusinessException("task.error.nothingSelected");
        }
        Department department = em.find(Department.class, departmentId);
        if (department == null || !department.isActive() || !department.getCommune().getId().equals(activeUser.getCommuneId())) {
            throw new BusinessException("task.error.departmentUnknown");
        }
        AppUser officer = null;
        if (officerId != null) {
            officer = em.find(AppUser.class, officerId);
            if (officer == null || !officer.isActive() || !officer.getCommune().getId().equals(activeUser.getCommuneId())) {
                throw new BusinessException("task.error.officerUnknown");
            }
        }
        LocalDate today = clock.today();
        if (dueOn != null && dueOn.isBefore(today)) {
            throw new BusinessException("task.error.dueInPast");
        }
        // In id order, so two leaders signing overlapping batches lock them in the same order and never deadlock.
        for (Seen seen : petitions.stream().sorted(java.util.Comparator.comparingLong(Seen::id)).toList()) {
            Petition petition = current(seen);
            LocalDate deadline = dueOn != null ? dueOn : petition.getDueOn() != null ? petition.getDueOn() : today;
            Petition.Step step = petition.assign(deadline, activeUser.hasRole(Role.LEADER));
            endCurrentAssignments(petition.getId());
            String instructed = TypedText.strippedOrNull(instructions);
            em.persist(new Assignment(petition.getId(), department, officer, deadline, instructed, activeUser.getUsername()));
            record(petition, step, department.getName() + (officer == null ? "" : " · " + officer.getFullName())
                    + (instructed == null ? "" : ": " + instructed));
        }
        flush();
        return petitions.size();
    }

    /** Any other step of the workflow; the reason is required where the law wants one written down. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public void act(Seen seen, WorkflowAction action, String reason) {
        boolean byLeader = activeUser.hasRole(Role.LEADER);
        PetitionWorkflow.requireAllowed(action, byLeader);
        if (PetitionWorkflow.NEED_REASON.contains(action) && TypedText.isBlank(reason)) {
            throw new BusinessException("task.error.reasonRequired", "task.action." + action);
        }
        Petition petition = current(seen);
        requireHolder(petition);
        Petition.Step step;
        if (action == WorkflowAction.REOPEN) {
            step = petition.reopen(deadlineService.current().due(petition.getKind().name(), DeadlineStep.ANSWER, clock.today()),
                    byLeader);
            endCurrentAssignments(petition.getId());
        } else {
            step = petition.take(action, byLeader);
        }
        record(petition, step, TypedText.strippedOrNull(reason));
        flush();
    }

    /**
     * Sends a petition outside the commune's competence to the province by an official letter; it then
     * waits (FORWARDED) for the province's reply.
     */
    @RolesAllowed(Role.Names.LEADER)
    public void forward(Seen seen, String agency, String letterNo, LocalDate letterOn, String reason) {
        if (TypedText.isBlank(agency)) {
            throw new BusinessException("task.error.agencyRequired");
        }
        if (TypedText.isBlank(letterNo) || letterOn == null) {
            throw new BusinessException("task.error.letterRequired");
        }
        if (agency.strip().length() > Forwarding.AGENCY_LENGTH || letterNo.strip().length() > Forwarding.LETTER_NO_LENGTH) {
            throw new BusinessException("task.error.letterTooLong");
        }
        Petition petition = current(seen);
        if (letterOn.isAfter(clock.today()) || letterOn.isBefore(petition.getReceivedOn())) {
            throw new BusinessException("task.error.letterDate");
        }
        Petition.Step step = petition.forward(activeUser.hasRole(Role.LEADER));
        em.persist(new Forwarding(petition.getId(), agency.strip(), letterNo.strip(), letterOn, activeUser.getUsername()));
        String why = TypedText.strippedOrNull(reason);
        record(petition, step, agency.strip() + " · " + letterNo.strip() + " (" + LETTER_DATE.format(letterOn) + ")"
                + (why == null ? "" : ": " + why));
        flush();
    }

    /** The province's reply to a forwarded petition, recorded when its letter arrives; the answer to the voter follows. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public void recordProvinceReply(Seen seen, String replyLetterNo, LocalDate replyOn, String text) {
        if (TypedText.isBlank(replyLetterNo) || replyOn == null) {
            throw new BusinessException("task.error.letterRequired");
        }
        if (replyLetterNo.strip().length() > Forwarding.LETTER_NO_LENGTH) {
            throw new BusinessException("task.error.letterTooLong");
        }
        if (TypedText.isBlank(text)) {
            throw new BusinessException("task.error.replyRequired");
        }
        Petition petition = current(seen);
        Petition.Step step = petition.provinceReplied();
        Forwarding forwarding = waitingForwarding(petition.getId());
        if (replyOn.isBefore(forwarding.getLetterOn()) || replyOn.isAfter(clock.today())) {
            throw new BusinessException("task.error.replyDate");
        }
        forwarding.recordReply(replyLetterNo.strip(), replyOn, text.strip(), activeUser.getUsername());
        record(petition, step, forwarding.getAgency() + " · " + replyLetterNo.strip() + " (" + LETTER_DATE.format(replyOn) + ")");
        flush();
    }

    private Forwarding waitingForwarding(long petitionId) {
        return waiting(petitionId)
                .orElseThrow(() -> new BusinessException("task.error.notForwarded", "petition.status." + PetitionStatus.FORWARDED));
    }

    /** The letter the province has not answered yet, if any. */
    private Optional<Forwarding> waiting(long petitionId) {
        return em.createQuery("select f from Forwarding f where f.petitionId = :id and f.replyOn is null order by f.id desc",
                        Forwarding.class)
                .setParameter("id", petitionId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The answer to the voter: text, result class, and for long work the date it is expected done. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public void answer(Seen seen, String text, AnswerResult result, LocalDate expectedOn) {
        Petition petition = current(seen);
        requireHolder(petition);
        boolean awaitingProvince = petition.getStatus() == PetitionStatus.FORWARDED && waiting(petition.getId()).isPresent();
        Petition.Step step = petition.answer(text, result, expectedOn, clock.today(), awaitingProvince);
        record(petition, step, "task.answerResult." + result);
        flush();
    }

    // --- helpers -----------------------------------------------------------------------------------

    private Petition current(Seen seen) {
        return access.current(seen);
    }

    private void requireHolder(Petition petition) {
        access.requireHolder(petition);
    }

    /** Ends the petition's open assignments one by one (by key: no range locks, and each end is in the history). */
    private void endCurrentAssignments(long petitionId) {
        em.createQuery("select a from Assignment a where a.petitionId = :id and a.endedAt is null", Assignment.class)
                .setParameter("id", petitionId).getResultList().forEach(Assignment::end);
    }

    /**
     * Corrects the category, competence and kind recorded at intake, with the reason written down; the history
     * keeps what it was. Staff (who classify at the counter) and leaders may; the time limit follows the new kind.
     */
    /** How long a reclassification's reason may be: the history row also holds what it was and became. */
    public static final int RECLASSIFY_REASON_LENGTH = 2000;

    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public void reclassify(Seen seen, long categoryId, Competence competence, PetitionKind kind, String reason) {
        if (competence == null || kind == null) {
            throw new BusinessException("task.error.reclassifyIncomplete");
        }
        if (TypedText.isBlank(reason)) {
            throw new BusinessException("task.error.reasonRequired", "task.action.RECLASSIFY");
        }
        if (reason.strip().length() > RECLASSIFY_REASON_LENGTH) {
            throw new BusinessException("task.error.reasonTooLong", RECLASSIFY_REASON_LENGTH);
        }
        Category category = em.find(Category.class, categoryId);
        if (category == null || !category.isActive()) {
            throw new BusinessException("petition.error.categoryUnknown");
        }
        Petition petition = current(seen);
        // The history row says, in the commune's language, what the classification was and became.
        String before = classification(petition.getCategory().getNameVi(), petition.getCompetence(), petition.getKind());
        LocalDate newKindsDeadline = kind == petition.getKind() ? null
                : deadlineService.current().due(kind.name(), DeadlineStep.ANSWER, currentLimitStarted(petition));
        Petition.Step step = petition.reclassify(categoryId, competence, kind, newKindsDeadline, activeUser.hasRole(Role.LEADER));
        record(petition, step, before + " → " + classification(category.getNameVi(), competence, kind) + ": " + reason.strip());
        flush();
    }

    /** The day the petition's current time limit started: its last reopening, else its receipt. */
    private LocalDate currentLimitStarted(Petition petition) {
        return em.createQuery("select max(t.changedAt) from PetitionTransition t where t.petitionId = :id"
                        + " and t.toStatus = :reopened and t.fromStatus in :answered", Instant.class)
                .setParameter("id", petition.getId()).setParameter("reopened", PetitionStatus.CLASSIFIED)
                .setParameter("answered", EnumSet.of(PetitionStatus.ANSWERED, PetitionStatus.CLOSED))
                .getResultStream().filter(java.util.Objects::nonNull).findFirst()
                .map(reopened -> reopened.atZone(CommuneClock.ZONE).toLocalDate()).orElse(petition.getReceivedOn());
    }

    private static String classification(String category, Competence competence, PetitionKind kind) {
        return category + " · " + MessageBundleResolver.text(MessageBundleResolver.COMMUNE_LANGUAGE, "petition.competence." + competence)
                + " · " + MessageBundleResolver.text(MessageBundleResolver.COMMUNE_LANGUAGE, "petition.kind." + kind);
    }

    /** The step in the petition's history, with who took it and why. */
    private void record(Petition petition, Petition.Step step, String reason) {
        em.persist(new PetitionTransition(petition.getId(), step.from(), step.to(), reason, activeUser.getUsername()));
    }

    private void flush() {
        access.flush();
    }
}
