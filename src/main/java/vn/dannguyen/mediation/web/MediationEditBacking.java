package vn.dannguyen.mediation.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.dannguyen.mediation.CouncilMember;
import vn.dannguyen.mediation.CouncilRole;
import vn.dannguyen.mediation.MediationAction;
import vn.dannguyen.mediation.MediationCase;
import vn.dannguyen.mediation.MediationQueries;
import vn.dannguyen.mediation.MediationRules;
import vn.dannguyen.mediation.MediationService;
import vn.dannguyen.mediation.MediationSession;
import vn.dannguyen.mediation.MediationStatus;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.Seen;

/**
 * /mediation/edit?id=…: one case of the logbook: its details, acceptance, council, sessions with the
 * parties' attendance and minutes, and its outcome. Every action sends the version of the case shown; when
 * someone changed it meanwhile the action is refused and what the user typed stays on the page.
 */
@Named
@ViewScoped
public class MediationEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommuneClock clock;

    @Inject
    MediationService mediation;

    @Inject
    MediationQueries mediationQueries;

    @Inject
    ActiveUser activeUser;

    private Long id;
    private MediationCase mediationCase;
    private String petitionCode;
    private List<CouncilMember> council = List.of();
    private List<MediationSession> sessions = List.of();
    private LocalDate acceptedOn;
    private CouncilMember member;
    private MediationSession session;
    private String outcomeMinutes;
    private String outcomeNote;
    private String withdrawReason;

    /** The view action: the case named by ?id (404 if unknown or not the user's), or a new request. */
    public void load() throws IOException {
        if (id == null) {
            mediationCase = new MediationCase();
            mediationCase.setRequestedOn(today());
            return;
        }
        try {
            reload();
        } catch (BusinessException notFound) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "mediation.error.notFound");
        }
    }

    private void reload() {
        mediationCase = mediationQueries.get(id);
        petitionCode = mediationQueries.petitionCode(id);
        council = mediationQueries.council(id);
        sessions = mediationQueries.sessions(id);
        acceptedOn = today();
        member = new CouncilMember();
        session = new MediationSession();
        session.setHeldOn(today());
        session.setPlace(sessions.isEmpty() ? null : sessions.get(sessions.size() - 1).getPlace());
        outcomeMinutes = null;
        outcomeNote = null;
        withdrawReason = null;
    }

    private Seen seen() {
        return new Seen(mediationCase.getId(), mediationCase.getVersion());
    }

    public void save() {
        boolean isNew = mediationCase.getId() == null;
        MediationCase saved = mediation.saveDetails(mediationCase, petitionCode);
        if (isNew) {
            Messages.addFlashGlobalInfo("mediation.edit.requested");
            Faces.redirect("mediation/edit?id=%s", saved.getId().toString());
            return;
        }
        Messages.addGlobalInfo("common.saved");
        reload();
    }

    public void accept() {
        mediation.accept(seen(), acceptedOn);
        Messages.addGlobalInfo("mediation.edit.accepted");
        reload();
    }

    public void addMember() {
        mediation.addMember(seen(), member);
        Messages.addGlobalInfo("mediation.council.added", member.getFullName());
        reload();
    }

    public void removeMember(long memberId) {
        mediation.removeMember(seen(), memberId);
        Messages.addGlobalInfo("mediation.council.removed");
        reload();
    }

    public void recordSession() {
        MediationCase after = mediation.recordSession(seen(), session.copyOfInput());
        if (after.getStatus() == MediationStatus.FAILED) {
            Messages.addGlobalWarn("mediation.session.failedAbsentTwice", "mediation.party." + after.getAbsentParty());
        } else {
            Messages.addGlobalInfo("mediation.session.recorded");
        }
        reload();
    }

    public void succeed() {
        mediation.succeed(seen(), outcomeMinutes, outcomeNote);
        Messages.addGlobalInfo("mediation.outcome.recorded", "mediation.status." + MediationStatus.SUCCEEDED);
        reload();
    }

    public void fail() {
        mediation.fail(seen(), outcomeMinutes, outcomeNote);
        Messages.addGlobalInfo("mediation.outcome.recorded", "mediation.status." + MediationStatus.FAILED);
        reload();
    }

    public void withdraw() {
        mediation.withdraw(seen(), withdrawReason);
        Messages.addGlobalInfo("mediation.outcome.recorded", "mediation.status." + MediationStatus.WITHDRAWN);
        reload();
    }

    /** Staff and leaders of the case's commune change it; auditors only read. */
    public boolean isMayEdit() {
        return (activeUser.hasRole(Role.STAFF) || activeUser.hasRole(Role.LEADER))
                && (mediationCase.getId() == null || activeUser.isOwnCommune(mediationCase.getCommuneId()));
    }

    /** Whether {@code action} is a step the case may take now (the page shows only those). */
    public boolean may(MediationAction action) {
        return isMayEdit() && mediationCase.getId() != null
                && MediationRules.allowed(mediationCase.getStatus()).contains(action);
    }

    /** Whether the details and the council may still change. */
    public boolean isOpen() {
        return isMayEdit() && (mediationCase.getId() == null || !mediationCase.getStatus().isFinished());
    }

    /** Members leave the council only before it has sat. */
    public boolean isCouncilChangeable() {
        return isMayEdit() && mediationCase.getId() != null && (mediationCase.getStatus() == MediationStatus.REQUESTED
                || mediationCase.getStatus() == MediationStatus.ACCEPTED);
    }

    public List<CouncilRole> getMissingSeats() {
        return MediationRules.missingSeats(council.stream().map(CouncilMember::getCouncilRole).toList());
    }

    public long getWomen() {
        return council.stream().filter(CouncilMember::isWoman).count();
    }

    public long getEthnicMinority() {
        return council.stream().filter(m -> m.getEthnicGroup() != null).count();
    }

    public boolean isOverdue() {
        return mediationCase.getId() != null && mediationCase.isOverdue(today());
    }

    public Long getDaysLeft() {
        return mediationCase.getId() == null || mediationCase.getStatus().isFinished() ? null
                : MediationRules.daysLeft(mediationCase.getFinishDueOn(), today());
    }

    public Set<MediationAction> getAllowed() {
        return MediationRules.allowed(mediationCase.getStatus());
    }

    public LocalDate getToday() {
        return today();
    }

    private LocalDate today() {
        return clock.today();
    }

    public CouncilRole[] getRoles() { return CouncilRole.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MediationCase getMediationCase() { return mediationCase; }
    public String getPetitionCode() { return petitionCode; }
    public void setPetitionCode(String petitionCode) { this.petitionCode = petitionCode; }
    public List<CouncilMember> getCouncil() { return council; }
    public List<MediationSession> getSessions() { return sessions; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public void setAcceptedOn(LocalDate acceptedOn) { this.acceptedOn = acceptedOn; }
    public CouncilMember getMember() { return member; }
    public MediationSession getSession() { return session; }
    public String getOutcomeMinutes() { return outcomeMinutes; }
    public void setOutcomeMinutes(String outcomeMinutes) { this.outcomeMinutes = outcomeMinutes; }
    public String getOutcomeNote() { return outcomeNote; }
    public void setOutcomeNote(String outcomeNote) { this.outcomeNote = outcomeNote; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
}
