package vn.dannguyen.citizen;

import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Looks petitions up by tracking code for anyone, signed in or not. */
@Stateless
@PermitAll
public class CitizenLookupService {

    /** What a tracking code looks like; anything else is not looked up at all. */
    static final String CODE_PATTERN = "\\d{6}-\\d{6}-[A-Z0-9]{3}";

    @PersistenceContext
    EntityManager em;

    public Optional<PublicStatus> lookup(String typedCode) {
        if (typedCode == null) {
            return Optional.empty();
        }
        String code = typedCode.strip().toUpperCase(Locale.ROOT);
        if (!code.matches(CODE_PATTERN)) {
            return Optional.empty();
        }
        return em.createQuery("select new vn.dannguyen.citizen.PublicStatus(p.trackingCode, m.name, p.receivedOn, p.kind,"
                        + " c.nameVi, c.nameEn, p.status, p.timesRaised, p.answerResult, p.answerText, p.answeredOn, p.expectedOn)"
                        + " from Petition p join p.category c, Commune m where m.id = p.communeId and p.trackingCode = :code",
                        PublicStatus.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /**
     * The roadmap of long work on a petition, shown only where the voter was answered "in progress, with a
     * roadmap" (never before the answer, never for a denunciation: see {@link PublicStatus}). The step form
     * tells staff that the steps are public.
     */
    public java.util.List<PublicStep> roadmap(PublicStatus status) {
        if (status == null || !status.isAnswered() || status.answerResult() != vn.dannguyen.petition.AnswerResult.IN_PROGRESS) {
            return java.util.List.of();
        }
        return em.createQuery("select new vn.dannguyen.citizen.PublicStep(s.description, s.plannedOn, s.doneOn)"
                        + " from RoadmapStep s, Petition p where s.petitionId = p.id and p.trackingCode = :code"
                        + " order by s.plannedOn, s.id", PublicStep.class)
                .setParameter("code", status.trackingCode()).getResultList();
    }
}
