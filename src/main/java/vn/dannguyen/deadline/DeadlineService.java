package vn.dannguyen.deadline;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads the time-limit rules and calendar exceptions the admins keep (entities DeadlineRule, CalendarException).
 * They change a few times a year and are needed for every petition recorded, so they are read once and kept
 * ({@link DeadlineCache}) until an admin changes them.
 */
@Stateless
@PermitAll
public class DeadlineService {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeadlineCache cache;

    @Resource
    SessionContext context;

    public Deadlines current() {
        return cache.get(() -> context.getBusinessObject(DeadlineService.class).read());
    }

    /**
     * Reads in a transaction of its own: the caller's may have taken its snapshot before an admin's change
     * committed (REPEATABLE READ), and a copy read from it would be kept as if it were current.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Deadlines read() {
        Map<String, Map<DeadlineStep, Deadlines.Rule>> rules = new HashMap<>();
        for (DeadlineRule rule : em.createQuery("select r from DeadlineRule r", DeadlineRule.class).getResultList()) {
            rules.computeIfAbsent(rule.getKind(), kind -> new EnumMap<>(DeadlineStep.class))
                    .put(rule.getStep(), new Deadlines.Rule(rule.getDays(), rule.getUnit()));
        }
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (CalendarException exception : em.createQuery("select e from CalendarException e", CalendarException.class)
                .getResultList()) {
            exceptions.put(exception.getDay(), exception.isWorking());
        }
        return new Deadlines(rules, new WorkingCalendar(exceptions));
    }
}
