package vn.dannguyen.citizen;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.report.CyclePetition;

/**
 * The results of meeting cycles that leaders have published, for anyone: petition text, category, village and
 * answer, never who raised it. Denunciations are left out (the denouncer's identity is protected).
 */
@Stateless
@PermitAll
public class PublishedResults {

    /** A published cycle in the public list. */
    public record PublishedCycle(long id, String communeName, String title, Instant publishedAt, long petitions) {
    }

    @PersistenceContext
    EntityManager em;

    private static final String SELECT_CYCLE = "select new vn.dannguyen.citizen.PublishedResults$PublishedCycle(y.id,"
            + " m.name, y.title, y.resultsPublishedAt,"
            + " (select count(p) from Petition p where p.cycleId = y.id and p.kind <> :hidden))"
            + " from MeetingCycle y, Commune m where m.id = y.communeId and y.resultsPublishedAt is not null";

    public List<PublishedCycle> cycles() {
        return em.createQuery(SELECT_CYCLE + " order by y.resultsPublishedAt desc", PublishedCycle.class)
                .setParameter("hidden", PetitionKind.DENUNCIATION).setMaxResults(200).getResultList();
    }

    public Optional<PublishedCycle> cycle(long cycleId) {
        return em.createQuery(SELECT_CYCLE + " and y.id = :id", PublishedCycle.class)
                .setParameter("hidden", PetitionKind.DENUNCIATION).setParameter("id", cycleId).getResultStream().findFirst();
    }

    /** The petitions of a published cycle; empty when the cycle is not published. */
    public List<CyclePetition> petitions(long cycleId) {
        if (cycle(cycleId).isEmpty()) {
            return List.of();
        }
        return em.createQuery(CyclePetition.SELECT + " where p.cycleId = :cycle and p.kind <> :hidden"
                        + " order by p.competence, c.nameVi, p.id", CyclePetition.class)
                .setParameter("cycle", cycleId).setParameter("hidden", PetitionKind.DENUNCIATION).getResultList();
    }
}
