package vn.dannguyen.task;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.people.AppUser;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.shared.Role;

/**
 * The work lists and a petition's workflow records as the user may see them: the leader's open petitions (the
 * overdue first), the dashboard's lists by deadline, the officer's own tasks, a petition's history and letters.
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR})
public class TaskQueries {

    private static final Set<PetitionStatus> OPEN = EnumSet.complementOf(EnumSet.of(PetitionStatus.CLOSED));
    /** Open and not yet answered: the petitions whose deadline still runs (TaskRow.overdueOn, dueSoonOn). */
    private static final Set<PetitionStatus> RUNNING = EnumSet.complementOf(EnumSet.copyOf(PetitionStatus.DONE));

    private static final String ROW_SELECT = "select new vn.dannguyen.task.TaskRow(p.id, p.version, p.trackingCode,"
            + " p.receivedOn, p.deadlineOn, p.status, p.kind, c.nameVi, c.nameEn, v.name, p.content, d.name, o.fullName)"
            + " from Petition p join p.category c left join p.village v"
            + " left join Assignment a on a.petitionId = p.id and a.endedAt is null"
            + " left join a.department d left join a.officer o";

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveUser activeUser;

    @Inject
    PetitionAccess access;

    /**
     * The commune's open petitions, the overdue first, then by deadline (what a leader looks at first).
     * Those already answered (waiting only to be closed) come after all still in work, whatever their deadline.
     * A page at a time ({@code first}, {@code limit}): a commune holds a few thousand open petitions at most, so
     * the offset stays cheap (docs/benchmarks/list-rows-and-dashboard-charts.md, "Leader task list").
     */
    public List<TaskRow> openPetitions(int first, int limit) {
        // Two steps: the page's ids are ordered from the petition table alone (index-only through
        // ix_petition_commune_status_deadline), and only those rows are joined to their names and holders.
        // Ordering the joined rows of all open petitions took ~30 ms at 1M petitions
        // (docs/benchmarks/list-rows-and-dashboard-charts.md).
        List<Long> ids = em.createQuery("select p.id from Petition p where p.communeId = :commune and p.status in :open"
                        + " order by case when p.status in :done then 1 else 0 end, p.deadlineOn asc nulls last, p.id", Long.class)
                .setParameter("commune", activeUser.getCommuneId()).setParameter("open", OPEN)
                .setParameter("done", PetitionStatus.DONE)
                .setFirstResult(first).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TaskRow> byId = new HashMap<>();
        for (TaskRow row : em.createQuery(ROW_SELECT + " where p.id in :ids", TaskRow.class).setParameter("ids", ids).getResultList()) {
            byId.put(row.id(), row);
        }
        // Both steps read the same snapshot (one transaction, REPEATABLE READ); the filter only guards a deleted row.
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The commune's petitions still running (not answered, not closed) whose deadline falls between {@code from}
     * and {@code to} inclusive (null: no bound), earliest deadline first, at most {@code limit}: the leader
     * dashboard's overdue and due-soon lists. Asks the database for those rows only, through index
     * ix_petition_commune_status_deadline (V12), instead of every open petition of the commune.
     */
    public List<TaskRow> runningByDeadline(LocalDate from, LocalDate to, int limit) {
        return runningByDeadline(from, to, 0, limit);
    }

    /** The rows {@code first} to {@code first + limit - 1} of {@link #runningByDeadline(LocalDate, LocalDate, int)}. */
    public List<TaskRow> runningByDeadline(LocalDate from, LocalDate to, int first, int limit) {
        TypedQuery<TaskRow> query = em.createQuery(ROW_SELECT + " where p.communeId = :commune and p.status in :running"
                + deadlineBetween(from, to) + " order by p.deadlineOn, p.id", TaskRow.class).setFirstResult(first).setMaxResults(limit);
        return byDeadline(query, from, to).getResultList();
    }

    /** How many petitions {@link #runningByDeadline} would list without a limit (read from the index alone). */
    public long countRunningByDeadline(LocalDate from, LocalDate to) {
        TypedQuery<Long> query = em.createQuery("select count(p) from Petition p where p.communeId = :commune"
                + " and p.status in :running" + deadlineBetween(from, to), Long.class);
        return byDeadline(query, from, to).getSingleResult();
    }

    /** How many of the commune's petitions are open (not closed), read from the index alone. */
    public long countOpen() {
        return em.createQuery("select count(p) from Petition p where p.communeId = :commune and p.status in :open", Long.class)
                .setParameter("commune", activeUser.getCommuneId()).setParameter("open", OPEN).getSingleResult();
    }

    private static String deadlineBetween(LocalDate from, LocalDate to) {
        return " and p.deadlineOn is not null" + (from == null ? "" : " and p.deadlineOn >= :from")
                + (to == null ? "" : " and p.deadlineOn <= :to");
    }

    private <T> TypedQuery<T> byDeadline(TypedQuery<T> query, LocalDate from, LocalDate to) {
        query.setParameter("commune", activeUser.getCommuneId()).setParameter("running", RUNNING);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query;
    }

    /** The petitions assigned to the signed-in officer and not yet resolved. */
    public List<TaskRow> myTasks() {
        return em.createQuery(ROW_SELECT + " where o.id = :me and p.status in :working"
                        + " order by p.deadlineOn asc, p.id", TaskRow.class)
                .setParameter("me", activeUser.getUserId())
                .setParameter("working", EnumSet.of(PetitionStatus.ASSIGNED, PetitionStatus.IN_PROGRESS))
                .getResultList();
    }

    public TaskRow row(long petitionId) {
        petition(petitionId);
        return em.createQuery(ROW_SELECT + " where p.id = :id", TaskRow.class).setParameter("id", petitionId).getSingleResult();
    }

    /** Every status change of a petition, oldest first. */
    public List<PetitionTransition> history(long petitionId) {
        petition(petitionId);
        return em.createQuery("select t from PetitionTransition t where t.petitionId = :id order by t.id", PetitionTransition.class)
                .setParameter("id", petitionId).getResultList();
    }

    public List<AppUser> officers() {
        return em.createQuery("select distinct u from AppUser u join u.roles r where u.commune.id = :commune"
                        + " and u.active = true and r in :roles order by u.fullName", AppUser.class)
                .setParameter("commune", activeUser.getCommuneId())
                .setParameter("roles", EnumSet.of(Role.STAFF, Role.LEADER)).getResultList();
    }

    /** The letters a petition was forwarded by, oldest first, with the replies that came back. */
    public List<Forwarding> forwardings(long petitionId) {
        petition(petitionId);
        return em.createQuery("select f from Forwarding f where f.petitionId = :id order by f.id", Forwarding.class)
                .setParameter("id", petitionId).getResultList();
    }

    private Petition petition(long id) {
        return access.readable(id);
    }
}
