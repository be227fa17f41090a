package vn.dannguyen.mediation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Role;

/** Reading mediation cases as the user may see them: the logbook, one case, its council and sessions. */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR})
public class MediationQueries {

    /** The logbook holds at most this many lines per view; a filter narrows it. */
    public static final int LOGBOOK_LIMIT = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CommuneClock clock;

    @Inject
    ActiveUser activeUser;

    /**
     * The commune's mediation logbook, optionally of one status: overdue cases first (the longest overdue
     * on top), then the open ones by their time limit, then finished ones, latest request first.
     */
    public List<LogbookRow> logbook(MediationStatus status) {
        LocalDate today = clock.today();
        return em.createQuery("select c from MediationCase c where c.communeId = :commune"
                        + " and (:status is null or c.status = :status) order by c.requestedOn desc, c.id desc", MediationCase.class)
                .setParameter("commune", activeUser.getCommuneId()).setParameter("status", status)
                .setMaxResults(LOGBOOK_LIMIT).getResultStream()
                .map(c -> LogbookRow.of(c, today))
                .sorted(Comparator.comparingInt(MediationQueries::group)
                        .thenComparing(row -> row.status().isFinished() ? LocalDate.MIN : row.finishDueOn()))
                .toList();
    }

    private static int group(LogbookRow row) {
        return row.overdue() ? 0 : row.status().isFinished() ? 2 : 1;
    }

    /** A case the user may see: of their own commune (a province-wide auditor reads every commune's). */
    public MediationCase get(long id) {
        MediationCase found = em.find(MediationCase.class, id);
        if (found == null || !(activeUser.isOwnCommune(found.getCommuneId())
                || activeUser.hasRole(Role.AUDITOR) && activeUser.isProvinceWide())) {
            throw new BusinessException("mediation.error.notFound");
        }
        return found;
    }

    public List<CouncilMember> council(long caseId) {
        get(caseId);
        return em.createQuery("select m from CouncilMember m where m.caseId = :id order by m.id", CouncilMember.class)
                .setParameter("id", caseId).getResultList();
    }

    /** The sessions of a case, in the order they were held. */
    public List<MediationSession> sessions(long caseId) {
        get(caseId);
        return em.createQuery("select s from MediationSession s where s.caseId = :id order by s.heldOn, s.id",
                MediationSession.class).setParameter("id", caseId).getResultList();
    }

    /** The tracking code of the petition a case came from, or null. */
    public String petitionCode(long caseId) {
        Long petitionId = get(caseId).getPetitionId();
        if (petitionId == null) {
            return null;
        }
        return em.createQuery("select p.trackingCode from Petition p where p.id = :id", String.class)
                .setParameter("id", petitionId).getResultStream().findFirst().orElse(null);
    }

}
