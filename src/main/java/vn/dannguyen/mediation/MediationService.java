package vn.dannguyen.mediation;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.deadline.DeadlineService;
import vn.dannguyen.deadline.Deadlines;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Jpa;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.Seen;
import vn.dannguyen.shared.TypedText;

/**
 * Land-dispute mediation cases of the user's commune: recording the request, acceptance, the council,
 * sessions with attendance and minutes, and the outcome. Staff and leaders change cases of their own
 * commune; auditors read. Every change names the version of the case the user saw, so two people
 * working on one case never overwrite each other silently.
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR})
public class MediationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CommuneClock clock;

    @Inject
    ActiveUser activeUser;

    @Inject
    DeadlineService deadlineService;

    @Inject
    MediationQueries queries;

    // --- changing ----------------------------------------------------------------------------------

    /**
     * Records a new request for mediation (the case starts as requested, with its time limits from the
     * request date), or saves changed details of an unfinished case the user saw at {@code edited}'s version.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public MediationCase saveDetails(MediationCase edited, String petitionCode) {
        LocalDate today = today();
        if (edited.getRequestedOn() == null || edited.getRequestedOn().isAfter(today)) {
            throw new BusinessException("mediation.error.requestedInFuture");
        }
        Long petitionId = petitionId(petitionCode);
        Deadlines deadlines = deadlineService.current();
        if (edited.getId() == null) {
            // A new object, so that the user's form is untouched if this transaction rolls back.
            MediationCase created = new MediationCase();
            strip(edited, created);
            created.setCommuneId(activeUser.getCommuneId());
            created.setCreatedBy(activeUser.getUsername());
            created.setPetitionId(petitionId);
            created.setRequestedOn(edited.getRequestedOn());
            created.setAcceptanceDueOn(MediationRules.acceptanceDue(deadlines, edited.getRequestedOn()));
            created.setFinishDueOn(MediationRules.finishDue(deadlines, edited.getRequestedOn()));
            em.persist(created);
            em.flush();
            return created;
        }
        MediationCase stored = current(new Seen(edited.getId(), edited.getVersion()));
        if (stored.getStatus().isFinished()) {
            throw new BusinessException("mediation.error.finished", "mediation.status." + stored.getStatus());
        }
        if (stored.getAcceptedOn() != null && edited.getRequestedOn().isAfter(stored.getAcceptedOn())) {
            throw new BusinessException("mediation.error.acceptedBeforeRequest");
        }
        strip(edited, stored);
        stored.setPetitionId(petitionId);
        if (!edited.getRequestedOn().equals(stored.getRequestedOn())) {
            stored.setRequestedOn(edited.getRequestedOn());
            stored.setAcceptanceDueOn(MediationRules.acceptanceDue(deadlines, edited.getRequestedOn()));
            stored.setFinishDueOn(MediationRules.finishDue(deadlines, edited.getRequestedOn()));
        }
        flush();
        return stored;
    }

    /** Accepts the request on {@code acceptedOn} (the day the parties were notified). */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public MediationCase accept(Seen seen, LocalDate acceptedOn) {
        MediationCase c = current(seen);
        if (acceptedOn == null || acceptedOn.isAfter(today())) {
            throw new BusinessException("mediation.error.dateInFuture");
        }
        c.accept(acceptedOn);
        flush();
        return c;
    }

    /** Seats a member on the council of an unfinished case. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public CouncilMember addMember(Seen seen, CouncilMember member) {
        MediationCase c = current(seen);
        if (c.getStatus().isFinished()) {
            throw new BusinessException("mediation.error.finished", "mediation.status." + c.getStatus());
        }
        if (member.getCouncilRole() == null || TypedText.isBlank(member.getFullName())) {
            throw new BusinessException("mediation.error.memberIncomplete");
        }
        // A new object, so that the user's form is untouched if this transaction rolls back.
        CouncilMember seated = new CouncilMember();
        seated.setCaseId(c.getId());
        seated.setFullName(member.getFullName().strip());
        seated.setCouncilRole(member.getCouncilRole());
        seated.setPosition(TypedText.strippedOrNull(member.getPosition()));
        seated.setWoman(member.isWoman());
        seated.setEthnicGroup(TypedText.strippedOrNull(member.getEthnicGroup()));
        seated.setAddedBy(activeUser.getUsername());
        touch(c);
        em.persist(seated);
        flush();
        return seated;
    }

    /** Takes a member off the council, only while the council has not sat: minutes name who sat. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public void removeMember(Seen seen, long memberId) {
        MediationCase c = current(seen);
        if (c.getStatus() != MediationStatus.REQUESTED && c.getStatus() != MediationStatus.ACCEPTED) {
            throw new BusinessException("mediation.error.councilHasSat");
        }
        CouncilMember member = em.find(CouncilMember.class, memberId);
        if (member == null || !member.getCaseId().equals(c.getId())) {
            throw new BusinessException("mediation.error.notFound");
        }
        touch(c);
        em.remove(member);
        flush();
    }

    /**
     * Records a session with its minutes. The first needs a complete council. When a party has now been
     * absent twice, the case ends here as failed, with that reason and this session's minutes.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public MediationCase recordSession(Seen seen, MediationSession session) {
        MediationCase c = current(seen);
        MediationRules.next(c.getStatus(), MediationAction.HOLD_SESSION); // refused before anything else is checked
        MediationRules.requireCompleteCouncil(queries.council(c.getId()).stream().map(CouncilMember::getCouncilRole).toList());
        if (session.getHeldOn() == null || session.getHeldOn().isAfter(today())) {
            throw new BusinessException("mediation.error.dateInFuture");
        }
        if (TypedText.isBlank(session.getPlace())) {
            throw new BusinessException("mediation.error.placeRequired");
        }
        if (TypedText.isBlank(session.getMinutes())) {
            throw new BusinessException("mediation.error.minutesRequired");
        }
        session.setCaseId(c.getId());
        session.setPlace(session.getPlace().strip());
        session.setMinutes(session.getMinutes().strip());
        session.setRecordedBy(activeUser.getUsername());
        c.sessionHeld(session.getHeldOn());
        touch(c);
        em.persist(session);
        Optional<Party> absent = MediationRules.absentTwice(queries.sessions(c.getId()));
        if (absent.isPresent()) {
            c.failForAbsence(absent.get(), session.getHeldOn(), session.getMinutes());
        }
        flush();
        return c;
    }

    /** Ends the mediation as successful (the parties agreed), with the minutes of the agreement. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public MediationCase succeed(Seen seen, String minutes, String note) {
        return end(seen, MediationAction.SUCCEED, MediationOutcome.AGREEMENT, minutes, note);
    }

    /** Ends the mediation as failed (no agreement), with the minutes that record it. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public MediationCase fail(Seen seen, String minutes, String note) {
        return end(seen, MediationAction.FAIL, MediationOutcome.NO_AGREEMENT, minutes, note);
    }

    /** Closes the case because the requester withdrew; the reason is required. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public MediationCase withdraw(Seen seen, String reason) {
        MediationCase c = current(seen);
        MediationRules.next(c.getStatus(), MediationAction.WITHDRAW); // a finished case says so before a missing reason
        if (TypedText.isBlank(reason)) {
            throw new BusinessException("mediation.error.reasonRequired");
        }
        c.finish(MediationAction.WITHDRAW, MediationOutcome.WITHDRAWN, today(), reason.strip(), null);
        flush();
        return c;
    }

    private MediationCase end(Seen seen, MediationAction action, MediationOutcome outcome, String minutes, String note) {
        MediationCase c = current(seen);
        MediationRules.next(c.getStatus(), action); // a finished case says so before missing minutes
        if (TypedText.isBlank(minutes)) {
            throw new BusinessException("mediation.error.outcomeMinutesRequired");
        }
        c.finish(action, outcome, today(), TypedText.strippedOrNull(note), minutes.strip());
        flush();
        return c;
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** The case to change: of the user's own commune, locked and compared with what the user saw. */
    private MediationCase current(Seen seen) {
        return Jpa.current(em, MediationCase.class, seen, c -> activeUser.isOwnCommune(c.getCommuneId()), "mediation.error.notFound");
    }

    private Long petitionId(String code) {
        if (TypedText.isBlank(code)) {
            return null;
        }
        return em.createQuery("select p.id from Petition p where p.trackingCode = :code and p.communeId = :commune", Long.class)
                .setParameter("code", code.strip().toUpperCase()).setParameter("commune", activeUser.getCommuneId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("mediation.error.petitionUnknown", code.strip()));
    }

    /** Copies the details a user types, without surrounding blanks; Bean Validation refuses missing ones on flush. */
    private static void strip(MediationCase from, MediationCase to) {
        to.setRequesterName(TypedText.strippedOrNull(from.getRequesterName()));
        to.setRequesterAddress(TypedText.strippedOrNull(from.getRequesterAddress()));
        to.setOtherPartyName(TypedText.strippedOrNull(from.getOtherPartyName()));
        to.setOtherPartyAddress(TypedText.strippedOrNull(from.getOtherPartyAddress()));
        to.setParcelNumber(TypedText.strippedOrNull(from.getParcelNumber()));
        to.setMapSheet(TypedText.strippedOrNull(from.getMapSheet()));
        to.setParcelLocation(TypedText.strippedOrNull(from.getParcelLocation()));
        to.setDispute(TypedText.strippedOrNull(from.getDispute()));
    }

    /** A change to the council or the sessions is a change to the case: whoever saw it before must reload it. */
    private void touch(MediationCase c) {
        Jpa.touch(em, c);
    }

    private void flush() {
        Jpa.flush(em);
    }

    private LocalDate today() {
        return clock.today();
    }

}
