package vn.dannguyen.task;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.SqlValues;

/** The signed-in user's reminders (the layout's bell reads the unread count). */
@Named
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR, Role.Names.ADMIN})
public class NotificationService {

    /** A reminder as listed: about which petition, why, and whether it was read. */
    public record Reminder(long id, long petitionId, String trackingCode, String content, ReminderKind kind,
                           LocalDate dueOn, Instant createdAt, boolean read) implements Serializable {
        public String excerpt() {
            return content.length() <= 120 ? content : content.substring(0, 117) + "…";
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveUser activeUser;

    public long unreadCount() {
        Long userId = activeUser.getUserId();
        if (userId == null) {
            return 0;
        }
        return ((Number) em.createNativeQuery("select count(*) from notification where user_id = ?1 and read_at is null")
                .setParameter(1, userId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<Reminder> latest(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select n.id, p.id, p.tracking_code, p.content, n.kind, n.due_on, n.created_at, n.read_at is not null
                        from notification n join petition p on p.id = n.petition_id
                        where n.user_id = ?1 order by n.read_at is not null, n.id desc""")
                .setParameter(1, activeUser.getUserId()).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new Reminder(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                (String) row[2], (String) row[3], ReminderKind.valueOf((String) row[4]),
                SqlValues.localDate(row[5]), SqlValues.instant(row[6]), SqlValues.bool(row[7]))).toList();
    }

    public void markAllRead() {
        em.createNativeQuery("update notification set read_at = utc_timestamp(3) where user_id = ?1 and read_at is null")
                .setParameter(1, activeUser.getUserId()).executeUpdate();
    }
}
