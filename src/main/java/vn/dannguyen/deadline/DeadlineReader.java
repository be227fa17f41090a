package vn.dannguyen.deadline;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads the rules and calendar for {@link DeadlineCache}. A bean of its own, not a method of
 * {@link DeadlineService} called through its business object: that needed a second instance of the service
 * while the caller held one, and when every instance of the pool was held so, all waited for the pool's timeout.
 */
@Stateless
@PermitAll
public class DeadlineReader {

    @PersistenceContext
    EntityManager em;

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
