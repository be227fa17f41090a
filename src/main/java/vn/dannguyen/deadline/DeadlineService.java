package vn.dannguyen.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The time-limit rules and calendar exceptions the admins keep (entities DeadlineRule, CalendarException).
 * They change a few times a year and are needed for every petition recorded, so they are read once and kept
 * ({@link DeadlineCache}) until an admin changes them, and read again each minute for changes made by other means.
 */
@Stateless
@PermitAll
public class DeadlineService {

    @Inject
    DeadlineCache cache;

    @Inject
    DeadlineReader reader;

    public Deadlines current() {
        return cache.get(reader::read);
    }
}
