package vn.dannguyen.mediation;

import static vn.dannguyen.mediation.MediationStatus.ACCEPTED;
import static vn.dannguyen.mediation.MediationStatus.FAILED;
import static vn.dannguyen.mediation.MediationStatus.IN_MEDIATION;
import static vn.dannguyen.mediation.MediationStatus.REQUESTED;
import static vn.dannguyen.mediation.MediationStatus.SUCCEEDED;
import static vn.dannguyen.mediation.MediationStatus.WITHDRAWN;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.dannguyen.deadline.DeadlineStep;
import vn.dannguyen.deadline.Deadlines;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.StepTable;

/**
 * The rules of land-dispute mediation, without a database: the steps a case may take, who must sit on the
 * council, when a party's absences end the case, and its time limits.
 * <ul>
 * <li>requested -> accepted -> in mediation (first session) -> succeeded / failed; withdrawn before the end;</li>
 * <li>the council has the Chairman or a Vice Chairman, the Fatherland Front, a land official and a long-time
 *     resident before it sits (Land Law 2024 art. 235(2));</li>
 * <li>a party absent for the second time means the mediation failed (Decree 102/2024 art. 105);</li>
 * <li>acceptance within 3 working days and the end within 30 days of the request: rows of {@code deadline_rule}
 *     with kind {@value #DEADLINE_KIND}, which an admin may change.</li>
 * </ul>
 */
public final class MediationRules {

    /** The kind under which the time limits of mediation are kept in {@code deadline_rule}. */
    public static final String DEADLINE_KIND = "LAND_MEDIATION";

    /** Absences of the same party that end the mediation as failed. */
    public static final int ABSENCES_THAT_FAIL = 2;

    /** The seats the council must fill; {@link CouncilRole#CHAIRMAN} stands for "Chairman or Vice Chairman". */
    public static final List<CouncilRole> REQUIRED_SEATS = List.of(CouncilRole.CHAIRMAN, CouncilRole.FATHERLAND_FRONT,
            CouncilRole.LAND_OFFICIAL, CouncilRole.LONG_TIME_RESIDENT);

    private static final StepTable<MediationStatus, MediationAction> STEPS = StepTable.of(MediationStatus.class,
            MediationAction.class, "mediation.error.illegalStep", "mediation.action.", "mediation.status.");

    static {
        STEPS.allow(REQUESTED, MediationAction.ACCEPT, ACCEPTED);
        STEPS.allow(REQUESTED, MediationAction.WITHDRAW, WITHDRAWN);
        STEPS.allow(ACCEPTED, MediationAction.HOLD_SESSION, IN_MEDIATION);
        STEPS.allow(ACCEPTED, MediationAction.WITHDRAW, WITHDRAWN);
        STEPS.allow(IN_MEDIATION, MediationAction.HOLD_SESSION, IN_MEDIATION);
        STEPS.allow(IN_MEDIATION, MediationAction.SUCCEED, SUCCEEDED);
        STEPS.allow(IN_MEDIATION, MediationAction.FAIL, FAILED);
        STEPS.allow(IN_MEDIATION, MediationAction.WITHDRAW, WITHDRAWN);
    }

    private MediationRules() {
    }

    /** The status after {@code action}, or a refusal naming the step and where the case stands. */
    public static MediationStatus next(MediationStatus from, MediationAction action) {
        return STEPS.next(from, action);
    }

    /** What may be done to a case in {@code status}. */
    public static Set<MediationAction> allowed(MediationStatus status) {
        return STEPS.allowed(status);
    }

    /** The required seats nobody holds yet, in the order of {@link #REQUIRED_SEATS}. */
    public static List<CouncilRole> missingSeats(Collection<CouncilRole> roles) {
        List<CouncilRole> missing = new ArrayList<>();
        for (CouncilRole seat : REQUIRED_SEATS) {
            boolean held = seat == CouncilRole.CHAIRMAN
                    ? roles.contains(CouncilRole.CHAIRMAN) || roles.contains(CouncilRole.VICE_CHAIRMAN)
                    : roles.contains(seat);
            if (!held) {
                missing.add(seat);
            }
        }
        return missing;
    }

    /** Refuses a council that may not sit yet, naming the first seat missing. */
    public static void requireCompleteCouncil(Collection<CouncilRole> roles) {
        List<CouncilRole> missing = missingSeats(roles);
        if (!missing.isEmpty()) {
            throw new BusinessException("mediation.error.councilIncomplete", "mediation.seat." + missing.get(0));
        }
    }

    /** How many sessions {@code party} missed. */
    public static int absences(Collection<MediationSession> sessions, Party party) {
        return (int) sessions.stream().filter(session -> !session.isPresent(party)).count();
    }

    /**
     * The party whose absences (counted over every session, the latest included) reached two, if any: the
     * mediation has then failed. When both did at once, the requester is named first.
     */
    public static Optional<Party> absentTwice(Collection<MediationSession> sessions) {
        for (Party party : Party.values()) {
            if (absences(sessions, party) >= ABSENCES_THAT_FAIL) {
                return Optional.of(party);
            }
        }
        return Optional.empty();
    }

    /** The last day to notify acceptance of a request made on {@code requestedOn}. */
    public static LocalDate acceptanceDue(Deadlines deadlines, LocalDate requestedOn) {
        return required(deadlines.due(DEADLINE_KIND, DeadlineStep.ACCEPT, requestedOn));
    }

    /** The last day to finish the mediation of a request made on {@code requestedOn}. */
    public static LocalDate finishDue(Deadlines deadlines, LocalDate requestedOn) {
        return required(deadlines.due(DEADLINE_KIND, DeadlineStep.ANSWER, requestedOn));
    }

    /** Days from {@code today} to {@code due}: 0 on the last day, negative when past it. */
    public static long daysLeft(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    private static LocalDate required(LocalDate due) {
        if (due == null) {
            throw new BusinessException("mediation.error.noTimeLimit");
        }
        return due;
    }
}
