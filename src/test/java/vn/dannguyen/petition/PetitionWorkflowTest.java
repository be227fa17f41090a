package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dannguyen.shared.BusinessException;

/** The petition state machine: the paths the law and practice allow, and nothing else. */
class PetitionWorkflowTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "RECEIVED,    CLASSIFY, CLASSIFIED",
            "RECEIVED,    ASSIGN,   ASSIGNED",
            "CLASSIFIED,  ASSIGN,   ASSIGNED",
            "ASSIGNED,    ASSIGN,   ASSIGNED",
            "ASSIGNED,    START,    IN_PROGRESS",
            "IN_PROGRESS, RESOLVE,  RESOLVED",
            "IN_PROGRESS, EXPLAIN,  EXPLAINED",
            "IN_PROGRESS, ANSWER,   ANSWERED",
            "RESOLVED,    ANSWER,   ANSWERED",
            "CLASSIFIED,  FORWARD,  FORWARDED",
            "FORWARDED,   ANSWER,   ANSWERED",
            "ANSWERED,    CLOSE,    CLOSED",
            "ANSWERED,    REOPEN,   CLASSIFIED",
            "CLOSED,      REOPEN,   CLASSIFIED"})
    void allowedSteps(PetitionStatus from, WorkflowAction action, PetitionStatus to) {
        assertEquals(to, PetitionWorkflow.next(from, action));
    }

    @ParameterizedTest(name = "{0} cannot {1}")
    @CsvSource({
            "RECEIVED,  CLOSE",
            "RECEIVED,  RESOLVE",
            "CLASSIFIED, ANSWER",
            "RESOLVED,  CLOSE",
            "CLOSED,    ASSIGN",
            "CLOSED,    CLOSE",
            "FORWARDED, RESOLVE"})
    void illegalStepsAreRefusedWithTheStatusAndActionNamed(PetitionStatus from, WorkflowAction action) {
        BusinessException refused = assertThrows(BusinessException.class, () -> PetitionWorkflow.next(from, action));
        assertEquals("task.error.illegalTransition", refused.getMessageKey());
        assertEquals("task.action." + action, refused.getArguments()[0]);
        assertEquals("petition.status." + from, refused.getArguments()[1]);
    }

    @Test
    void everyOpenStatusLeadsSomewhereAndOnlyClosedOnlyReopens() {
        for (PetitionStatus status : PetitionStatus.values()) {
            assertEquals(false, PetitionWorkflow.allowed(status).isEmpty(), status + " is not a dead end");
        }
        assertEquals(EnumSet.of(WorkflowAction.REOPEN), EnumSet.copyOf(PetitionWorkflow.allowed(PetitionStatus.CLOSED)));
    }
}
