package vn.dannguyen.task;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.SqlValues;

/**
 * The daily reminders, by a persistent EJB calendar timer (07:00 commune time unless
 * DANNGUYEN_REMINDER_SCHEDULE says "second minute hour"): the officer holding a petition hears when it is
 * due in three days, due today and overdue; an overdue petition is escalated to the commune's leaders.
 * A run missed while the server was down fires once when it is back (the timer service catches up once,
 * not once per missed day); every reminder is recorded once only (a unique key), so a repeated run adds
 * nothing, and is also e-mailed once. Each run is written to scheduled_run for the operators.
 */
@Singleton
@Startup
@RunAs(Role.Names.LEADER)
@RolesAllowed({Role.Names.LEADER, Role.Names.ADMIN})
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());
    /** How many days ahead "due soon" looks. */
    static final int DUE_SOON_DAYS = 3;
    static final String TIMER_INFO = "daily petition reminders";
    static final String DEFAULT_SCHEDULE = "0 0 7";

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timerService;

    @Inject
    CommuneClock clock;

    @Inject
    Event<ReminderMail.Created> reminderCreated;

    @Inject
    ReminderMail reminderMail;

    /**
     * Keeps exactly one persistent timer with the configured schedule. A timer restored from the store is
     * kept (that is what lets a missed run fire after a restart); one with another schedule is replaced.
     */
    @PostConstruct
    void schedule() {
        ScheduleExpression wanted = scheduleOf(System.getenv("DANNGUYEN_REMINDER_SCHEDULE"));
        boolean present = false;
        for (Timer timer : timerService.getTimers()) {
            if (TIMER_INFO.equals(timer.getInfo())) {
                if (!present && sameSchedule(timer.getSchedule(), wanted)) {
                    present = true;
                } else {
                    timer.cancel();
                }
            }
        }
        if (!present) {
            timerService.createCalendarTimer(wanted, new TimerConfig(TIMER_INFO, true));
        }
        LOG.info(() -> "Reminder timer scheduled at " + wanted.getHour() + ":" + wanted.getMinute() + ":" + wanted.getSecond()
                + " " + wanted.getTimezone());
    }

    /** "second minute hour" in commune time; anything unreadable falls back to 07:00:00. */
    static ScheduleExpression scheduleOf(String configured) {
        String[] parts = (configured == null || configured.isBlank() ? DEFAULT_SCHEDULE : configured.trim()).split("\\s+");
        if (parts.length != 3) {
            LOG.warning(() -> "DANNGUYEN_REMINDER_SCHEDULE must be 'second minute hour'; using " + DEFAULT_SCHEDULE);
            parts = DEFAULT_SCHEDULE.split(" ");
        }
        return new ScheduleExpression().second(parts[0]).minute(parts[1]).hour(parts[2])
                .dayOfMonth("*").month("*").dayOfWeek("*").year("*").timezone(CommuneClock.ZONE.getId());
    }

    private static boolean sameSchedule(ScheduleExpression a, ScheduleExpression b) {
        return a != null && a.getSecond().equals(b.getSecond()) && a.getMinute().equals(b.getMinute())
                && a.getHour().equals(b.getHour()) && b.getTimezone().equals(a.getTimezone());
    }

    @Timeout
    void daily(Timer timer) {
        int sent = remind(clock.today());
        // In the run's own transaction: a run that fails leaves no row (and the timer service retries it).
        em.createNativeQuery("insert into scheduled_run (job, ran_at, result_count) values (?1, utc_timestamp(3), ?2)")
                .setParameter(1, TIMER_INFO).setParameter(2, sent).executeUpdate();
        LOG.info(() -> "Daily reminders: " + sent + " new");
    }

    /** Whether the daily run is scheduled as a persistent timer (for the operators' checks and tests). */
    public boolean hasDailyTimer() {
        return timerService.getTimers().stream().anyMatch(timer -> timer.isPersistent() && timer.isCalendarTimer()
                && TIMER_INFO.equals(timer.getInfo()));
    }

    /** Records the reminders due on {@code today}; returns how many were new. */
    public int remind(LocalDate today) {
        int created = 0;
        // The holder of each open assignment: the officer (if still active), or else the commune's leaders.
        List<Object[]> open = rows("""
                select p.id, p.deadline_on, u.id, p.commune_id
                from petition p join assignment a on a.petition_id = p.id and a.ended_at is null
                left join app_user u on u.id = a.officer_id and u.active = true
                where p.status in ('ASSIGNED', 'IN_PROGRESS') and p.deadline_on <= ?1""",
                today.plusDays(DUE_SOON_DAYS));
        for (Object[] row : open) {
            long petitionId = ((Number) row[0]).longValue();
            LocalDate deadline = SqlValues.localDate(row[1]);
            Long officerId = row[2] == null ? null : ((Number) row[2]).longValue();
            long communeId = ((Number) row[3]).longValue();
            ReminderKind kind = deadline.isBefore(today) ? ReminderKind.OVERDUE
                    : deadline.isEqual(today) ? ReminderKind.DUE_TODAY : ReminderKind.DUE_SOON;
            if (officerId != null) {
                created += notify(officerId, petitionId, kind, deadline);
            }
            if (kind == ReminderKind.OVERDUE || officerId == null) {
                for (Long leader : leaders(communeId)) {
                    created += notify(leader, petitionId, kind == ReminderKind.OVERDUE ? ReminderKind.ESCALATED : kind, deadline);
                }
            }
        }
        return created;
    }

    private int notify(long userId, long petitionId, ReminderKind kind, LocalDate deadline) {
        int created = em.createNativeQuery("""
                        insert into notification (user_id, petition_id, kind, due_on, created_at)
                        select ?1, ?2, ?3, ?4, utc_timestamp(3) from dual where not exists (select 1 from notification
                            where user_id = ?1 and petition_id = ?2 and kind = ?3 and due_on = ?4)""")
                .setParameter(1, userId).setParameter(2, petitionId).setParameter(3, kind.name()).setParameter(4, deadline)
                .executeUpdate();
        if (created == 1) {
            // Mailed after the commit (ReminderMail observes AFTER_SUCCESS): a run rolled back sends nothing.
            reminderMail.mailFor(userId, petitionId, kind, deadline).ifPresent(reminderCreated::fire);
        }
        return created;
    }

    private List<Long> leaders(long communeId) {
        return em.createQuery("select u.id from AppUser u join u.roles r where u.commune.id = :commune and u.active = true"
                        + " and r = :leader", Long.class)
                .setParameter("commune", communeId).setParameter("leader", Role.LEADER).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }
}
