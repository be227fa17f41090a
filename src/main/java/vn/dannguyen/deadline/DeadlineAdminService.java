package vn.dannguyen.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.Jpa;
import vn.dannguyen.shared.Role;

/**
 * The time limits and the working-day calendar, which the law fixes for the whole country: only a
 * province-wide admin changes them. Changes apply to deadlines computed from then on.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DeadlineAdminService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveUser activeUser;

    @Inject
    DeadlineCache cache;

    public List<DeadlineRule> rules() {
        return em.createQuery("select r from DeadlineRule r order by r.kind, r.step", DeadlineRule.class).getResultList();
    }

    public DeadlineRule saveRule(DeadlineRule rule) {
        requireProvinceWide();
        cache.changed();
        return Jpa.save(em, rule, false, "deadline.error.duplicate");
    }

    public List<CalendarException> exceptions(int year) {
        return em.createQuery("select e from CalendarException e where e.day between :from and :to order by e.day",
                        CalendarException.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31)).getResultList();
    }

    /** The public holidays the calendar computes for {@code year}, before exceptions. */
    public Set<LocalDate> computedHolidays(int year) {
        return new TreeSet<>(PublicHolidays.of(year));
    }

    public CalendarException addException(CalendarException exception) {
        requireProvinceWide();
        exception.setNote(exception.getNote().strip());
        cache.changed();
        return Jpa.save(em, exception, true, "deadline.exception.error.duplicate");
    }

    public void removeException(LocalDate day) {
        requireProvinceWide();
        CalendarException found = em.find(CalendarException.class, day);
        if (found != null) {
            cache.changed();
            em.remove(found);
        }
    }

    private void requireProvinceWide() {
        if (!activeUser.isProvinceWide()) {
            throw new BusinessException("common.error.outOfScope");
        }
    }
}
