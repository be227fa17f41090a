package vn.dannguyen.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.shared.Role;

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

    /**
     * Petitions of the commune by village. Counted by village id from index ix_petition_commune_village_category
     * alone, then named: joining the names in SQL would look up a village for each of the commune's petitions.
     */
    public List<Count> byVillage() {
        return named(countsBy("p.villageId"), em.createQuery("select v.id, v.name from Village v where v.commune.id = :commune",
                Object[].class).setParameter("commune", activeUser.getCommuneId()).getResultList(), "—");
    }

    /** Petitions of the commune by category, counted like {@link #byVillage()}. */
    public List<Count> byCategory(String language) {
        String name = "en".equals(language) ? "c.nameEn" : "c.nameVi";
        return named(countsBy("p.categoryId"), em.createQuery("select c.id, " + name + " from Category c", Object[].class)
                .getResultList(), "—");
    }

    private List<Object[]> countsBy(String column) {
        return em.createQuery("select " + column + ", count(p) from Petition p where p.communeId = :commune group by " + column,
                Object[].class).setParameter("commune", activeUser.getCommuneId()).getResultList();
    }

    /** Counts by id as counts by name (ids of the same name added up), largest first. */
    static List<Count> named(List<Object[]> countsById, List<Object[]> names, String unnamed) {
        Map<Object, String> nameOf = new HashMap<>();
        for (Object[] row : names) {
            nameOf.put(row[0], (String) row[1]);
        }
        Map<String, Long> byName = new LinkedHashMap<>();
        for (Object[] row : countsById) {
            String label = row[0] == null ? unnamed : nameOf.getOrDefault(row[0], unnamed);
            byName.merge(label, ((Number) row[1]).longValue(), Long::sum);
        }
        List<Count> counts = new ArrayList<>();
        byName.forEach((label, count) -> counts.add(new Count(label, count)));
        counts.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label));
        return counts;
    }

    private List<Count> counts(String jpql) {
        List<Count> counts = new ArrayList<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("commune", activeUser.getCommuneId()).getResultList()) {
            counts.add(new Count((String) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }
}
