package vn.dannguyen.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * What day and hour it is in the communes: every legal time limit counts in Vietnam's days, whatever
 * zone the server runs in. The time comes from an injectable {@link Clock} when the deployment supplies
 * one (a test fixes "today" with a {@code @Produces Clock}), else from the system clock.
 */
@ApplicationScoped
public class CommuneClock {

    /** Vietnam keeps one zone and no daylight saving. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Clock clock;

    protected CommuneClock() {
    }

    @Inject
    CommuneClock(Instance<Clock> supplied) {
        clock = supplied.isResolvable() ? supplied.get().withZone(ZONE) : Clock.system(ZONE);
    }

    /** A clock for code outside CDI (unit tests, tools). */
    public static CommuneClock of(Clock clock) {
        CommuneClock communeClock = new CommuneClock();
        communeClock.clock = clock.withZone(ZONE);
        return communeClock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public Instant instant() {
        return clock.instant();
    }

    public int year() {
        return today().getYear();
    }
}
