package vn.dannguyen.deadline;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads the time-limit rules and calendar exceptions the admins keep (entities DeadlineRule, CalendarException). */
@Stateless
@PermitAll
public class DeadlineService {

    @PersistenceContext
    EntityManager em;

    public Deadlines current() {
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
