package vn.dannguyen.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.people.Role;

/** The leader dashboard's counts for the user's commune, each one grouped query. */
@Stateless
@RolesAllowed({Role.Names.LEADER, Role.Names.AUDITOR})
public class DashboardService {

    /** One bar of a chart: a label (or bundle key) and how many. */
    public record Count(String label, long count) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveUser activeUser;

    /** Petitions of the commune by status (labels are bundle keys). */
    public List<Count> byStatus() {
        return counts("select concat('petition.status.', p.status), count(p) from Petition p where p.communeId = :commune"
                + " group by p.status order by p.status");
    }

    /** Open petitions by the department holding them. */
    public List<Count> openByDepartment() {
        return counts("select d.name, count(p) from Petition p join Assignment a on a.petitionId = p.id and a.endedAt is null"
                + " join a.department d where p.communeId = :commune and p.status in ('ASSIGNED', 'IN_PROGRESS')"
                + " group by d.name order by count(p) desc");
    }

    public List<Count> byVillage() {
        return counts("select coalesce(v.name, '—'), count(p) from Petition p left join p.village v where p.communeId = :commune"
                + " group by v.name order by count(p) desc");
    }

    public List<Count> byCategory(String language) {
        String name = "en".equals(language) ? "c.nameEn" : "c.nameVi";
        return counts("select " + name + ", count(p) from Petition p join p.category c where p.communeId = :commune"
                + " group by " + name + " order by count(p) desc");
    }

    private List<Count> counts(String jpql) {
        List<Count> counts = new ArrayList<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("commune", activeUser.getCommuneId()).getResultList()) {
            counts.add(new Count((String) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }
}
