package vn.dannguyen.mediation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dannguyen.deadline.DayUnit;
import vn.dannguyen.deadline.DeadlineStep;
import vn.dannguyen.deadline.Deadlines;
import vn.dannguyen.deadline.WorkingCalendar;
import vn.dannguyen.shared.BusinessException;

/** The rules of land-dispute mediation, on the real deadline and working-day calendar classes. */
class MediationRulesTest {

    /** The rows V9 inserts into deadline_rule. */
    private static Deadlines deadlines(int acceptDays, DayUnit acceptUnit, Map<LocalDate, Boolean> exceptions) {
        Map<DeadlineStep, Deadlines.Rule> steps = new EnumMap<>(DeadlineStep.class);
        steps.put(DeadlineStep.ACCEPT, new Deadlines.Rule(acceptDays, acceptUnit));
        steps.put(DeadlineStep.ANSWER, new Deadlines.Rule(30, DayUnit.CALENDAR_DAYS));
        return new Deadlines(Map.of(MediationRules.DEADLINE_KIND, steps), new WorkingCalendar(exceptions));
    }

    private static final Deadlines LAW = deadlines(3, DayUnit.WORKING_DAYS, Map.of());

    // --- time limits ---------------------------------------------------------------------------------

    @Test
    void acceptanceIsDueThreeWorkingDaysAfterTheRequestSkippingTheWeekend() {
        // Friday 27 November 2026: Monday 30, Tuesday 1, Wednesday 2 December.
        assertEquals(LocalDate.of(2026, 12, 2), MediationRules.acceptanceDue(LAW, LocalDate.of(2026, 11, 27)));
    }

    @Test
    void acceptanceSkipsTheNationalDayHolidays() {
        // Friday 28 August 2026: Monday 31 counts, 1 and 2 September are holidays, then Thursday 3 and Friday 4.
        assertEquals(LocalDate.of(2026, 9, 4), MediationRules.acceptanceDue(LAW, LocalDate.of(2026, 8, 28)));
    }

    @Test
    void aSaturdayWorkedThatTheAdminRecordedCounts() {
        Deadlines withSaturday = deadlines(3, DayUnit.WORKING_DAYS, Map.of(LocalDate.of(2026, 11, 28), true));
        assertEquals(LocalDate.of(2026, 12, 1), MediationRules.acceptanceDue(withSaturday, LocalDate.of(2026, 11, 27)));
    }

    @Test
    void mediationMustFinishWithinThirtyDaysOfTheRequest() {
        assertEquals(LocalDate.of(2026, 12, 2), MediationRules.finishDue(LAW, LocalDate.of(2026, 11, 2)));
    }

    @Test
    void aLimitEndingOnADayOffRunsToTheNextWorkingDay() {
        // 5 November + 30 days = Saturday 5 December: the limit runs to Monday 7 December (Civil Code art. 148).
        assertEquals(LocalDate.of(2026, 12, 7), MediationRules.finishDue(LAW, LocalDate.of(2026, 11, 5)));
    }

    @Test
    void theLimitsAreDataAnAdminMayChange() {
        Deadlines changed = deadlines(5, DayUnit.CALENDAR_DAYS, Map.of());
        assertEquals(LocalDate.of(2026, 12, 2), MediationRules.acceptanceDue(changed, LocalDate.of(2026, 11, 27)));
    }

    @Test
    void withoutATimeLimitRowTheRequestIsRefusedClearly() {
        Deadlines none = new Deadlines(Map.of(), new WorkingCalendar(Map.of()));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> MediationRules.finishDue(none, LocalDate.of(2026, 11, 2)));
        assertEquals("mediation.error.noTimeLimit", refused.getMessageKey());
    }

    @Test
    void daysLeftAndOverdue() {
        LocalDate today = LocalDate.of(2026, 12, 10);
        assertEquals(0, MediationRules.daysLeft(today, today));
        assertEquals(5, MediationRules.daysLeft(LocalDate.of(2026, 12, 15), today));
        assertEquals(-8, MediationRules.daysLeft(LocalDate.of(2026, 12, 2), today));

        MediationCase open = new MediationCase();
        open.setRequestedOn(LocalDate.of(2026, 11, 2));
        open.setFinishDueOn(LocalDate.of(2026, 12, 2));
        open.accept(LocalDate.of(2026, 11, 3));
        open.sessionHeld(LocalDate.of(2026, 11, 10));
        assertEquals(MediationStatus.IN_MEDIATION, open.getStatus());
        assertTrue(open.isOverdue(today));
        assertFalse(open.isOverdue(LocalDate.of(2026, 12, 2)), "the last day itself is not overdue");
        open.finish(MediationAction.FAIL, MediationOutcome.NO_AGREEMENT, today, null, "Biên bản");
        assertEquals(MediationStatus.FAILED, open.getStatus());
        assertFalse(open.isOverdue(today), "a finished case is never overdue");
    }

    // --- two absences --------------------------------------------------------------------------------

    private static MediationSession session(boolean requesterPresent, boolean otherPartyPresent) {
        MediationSession session = new MediationSession();
        session.setRequesterPresent(requesterPresent);
        session.setOtherPartyPresent(otherPartyPresent);
        return session;
    }

    @Test
    void theSamePartyAbsentTwiceMeansTheMediationFailed() {
        assertEquals(Optional.empty(), MediationRules.absentTwice(List.of(session(true, false))));
        assertEquals(Optional.of(Party.OTHER_PARTY),
                MediationRules.absentTwice(List.of(session(true, false), session(true, false))));
    }

    @Test
    void absencesCountOverAllSessionsNotOnlyConsecutiveOnes() {
        assertEquals(Optional.of(Party.REQUESTER), MediationRules.absentTwice(
                List.of(session(false, true), session(true, true), session(false, true))));
    }

    @Test
    void eachPartyAbsentOnceIsNotYetAFailure() {
        assertEquals(Optional.empty(), MediationRules.absentTwice(List.of(session(false, true), session(true, false))));
        assertEquals(1, MediationRules.absences(List.of(session(false, true), session(true, false)), Party.REQUESTER));
    }

    // --- council composition -------------------------------------------------------------------------

    @Test
    void aViceChairmanChairsAsWellAsTheChairman() {
        assertEquals(List.of(), MediationRules.missingSeats(List.of(CouncilRole.VICE_CHAIRMAN, CouncilRole.FATHERLAND_FRONT,
                CouncilRole.LAND_OFFICIAL, CouncilRole.LONG_TIME_RESIDENT)));
        assertEquals(List.of(), MediationRules.missingSeats(List.of(CouncilRole.CHAIRMAN, CouncilRole.FATHERLAND_FRONT,
                CouncilRole.LAND_OFFICIAL, CouncilRole.LONG_TIME_RESIDENT, CouncilRole.OTHER)));
    }

    @Test
    void theCouncilNamesEverySeatStillEmpty() {
        assertEquals(List.of(CouncilRole.CHAIRMAN, CouncilRole.LONG_TIME_RESIDENT),
                MediationRules.missingSeats(List.of(CouncilRole.FATHERLAND_FRONT, CouncilRole.LAND_OFFICIAL, CouncilRole.OTHER)));
        assertEquals(MediationRules.REQUIRED_SEATS, MediationRules.missingSeats(List.of()));
    }

    @Test
    void anIncompleteCouncilMayNotSit() {
        BusinessException refused = assertThrows(BusinessException.class, () -> MediationRules.requireCompleteCouncil(
                List.of(CouncilRole.CHAIRMAN, CouncilRole.FATHERLAND_FRONT, CouncilRole.LONG_TIME_RESIDENT)));
        assertEquals("mediation.error.councilIncomplete", refused.getMessageKey());
        assertArrayEquals(new Object[] {"mediation.seat.LAND_OFFICIAL"}, refused.getArguments());
    }

    // --- state machine -------------------------------------------------------------------------------

    @Test
    void theUsualPath() {
        MediationStatus status = MediationStatus.REQUESTED;
        status = MediationRules.next(status, MediationAction.ACCEPT);
        assertEquals(MediationStatus.ACCEPTED, status);
        status = MediationRules.next(status, MediationAction.HOLD_SESSION);
        assertEquals(MediationStatus.IN_MEDIATION, status);
        assertEquals(MediationStatus.IN_MEDIATION, MediationRules.next(status, MediationAction.HOLD_SESSION));
        assertEquals(MediationStatus.SUCCEEDED, MediationRules.next(status, MediationAction.SUCCEED));
        assertEquals(MediationStatus.FAILED, MediationRules.next(status, MediationAction.FAIL));
        assertEquals(MediationStatus.WITHDRAWN, MediationRules.next(status, MediationAction.WITHDRAW));
    }

    @Test
    void illegalStepsAreRefusedNamingTheStepAndTheStatus() {
        BusinessException early = assertThrows(BusinessException.class,
                () -> MediationRules.next(MediationStatus.REQUESTED, MediationAction.HOLD_SESSION));
        assertEquals("mediation.error.illegalStep", early.getMessageKey());
        assertArrayEquals(new Object[] {"mediation.action.HOLD_SESSION", "mediation.status.REQUESTED"}, early.getArguments());
        assertThrows(BusinessException.class, () -> MediationRules.next(MediationStatus.ACCEPTED, MediationAction.SUCCEED),
                "an outcome needs a session first");
        assertThrows(BusinessException.class, () -> MediationRules.next(MediationStatus.ACCEPTED, MediationAction.ACCEPT));
    }

    @Test
    void nothingHappensToAFinishedCase() {
        for (MediationStatus finished : new MediationStatus[] {MediationStatus.SUCCEEDED, MediationStatus.FAILED,
                MediationStatus.WITHDRAWN}) {
            assertEquals(Set.of(), MediationRules.allowed(finished));
            assertTrue(finished.isFinished());
        }
    }

    @Test
    void aCaseChangesStatusOnlyThroughItsSteps() {
        for (String setter : new String[] {"setStatus", "setAcceptedOn", "setAbsentParty"}) {
            assertFalse(java.util.Arrays.stream(MediationCase.class.getDeclaredMethods()).anyMatch(m -> m.getName().equals(setter)),
                    setter + " would bypass MediationRules' table");
        }
        MediationCase finished = new MediationCase();
        finished.setRequestedOn(LocalDate.of(2026, 11, 2));
        finished.finish(MediationAction.WITHDRAW, MediationOutcome.WITHDRAWN, LocalDate.of(2026, 11, 3), "Rút đơn", null);
        assertThrows(BusinessException.class, () -> finished.accept(LocalDate.of(2026, 11, 4)), "a withdrawn case is not accepted");
    }
}
