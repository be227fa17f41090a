package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.dannguyen.shared.BusinessException;

/** The petition moves only through its own steps, each checked against the workflow's table. */
class PetitionLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @Test
    void theStatusAndTheAnswerHaveNoPublicSetter() {
        for (String field : new String[] {"Status", "AnswerText", "AnswerResult", "AnsweredOn", "ExpectedOn", "Satisfaction", "DeadlineOn"}) {
            boolean settable = Arrays.stream(Petition.class.getMethods())
                    .anyMatch(m -> m.getName().equals("set" + field) && Modifier.isPublic(m.getModifiers()));
            assertEquals(false, settable, "set" + field + " would bypass the workflow");
        }
        for (Method method : Petition.class.getDeclaredMethods()) {
            if (method.getName().equals("touch")) {
                assertEquals(false, Modifier.isPublic(method.getModifiers()), "a new version comes with a step");
            }
        }
    }

    @Test
    void assignedWorkIsResolvedAnsweredClosedAndReopenedWithAFreshDeadline() {
        Petition petition = new Petition();
        assertEquals(new Petition.Step(PetitionStatus.RECEIVED, PetitionStatus.ASSIGNED), petition.assign(TODAY.plusDays(10), true));
        assertEquals(TODAY.plusDays(10), petition.getDeadlineOn());
        petition.take(WorkflowAction.START, false);
        petition.take(WorkflowAction.RESOLVE, false);
        petition.answer("  Đã nạo vét xong.  ", AnswerResult.RESOLVED, TODAY.plusDays(99), TODAY, false);
        assertEquals("Đã nạo vét xong.", petition.getAnswerText());
        assertNull(petition.getExpectedOn(), "only long work has an expected date");
        assertEquals(TODAY, petition.getAnsweredOn());
        petition.take(WorkflowAction.CLOSE, true);
        Petition.Step reopened = petition.reopen(TODAY.plusDays(30), true);
        assertEquals(new Petition.Step(PetitionStatus.CLOSED, PetitionStatus.CLASSIFIED), reopened);
        assertEquals(Satisfaction.NOT_SATISFIED, petition.getSatisfaction());
        assertEquals(TODAY.plusDays(30), petition.getDeadlineOn());
        assertEquals("Đã nạo vét xong.", petition.getAnswerText(), "the earlier answer stays on record");
    }

    @Test
    void aStepTheTableDoesNotAllowIsRefusedAndChangesNothing() {
        Petition petition = new Petition();
        BusinessException refused = assertThrows(BusinessException.class, () -> petition.take(WorkflowAction.CLOSE, true));
        assertEquals("task.error.illegalTransition", refused.getMessageKey());
        assertEquals(PetitionStatus.RECEIVED, petition.getStatus());
    }

    @Test
    void onlyALeaderAssignsForwardsClosesAndReopens() {
        Petition petition = new Petition();
        assertEquals("task.error.leaderOnly", assertThrows(BusinessException.class, () -> petition.assign(TODAY, false)).getMessageKey());
        assertEquals("task.error.leaderOnly", assertThrows(BusinessException.class, () -> petition.forward(false)).getMessageKey());
        assertEquals(PetitionStatus.RECEIVED, petition.getStatus());
    }

    @Test
    void aForwardedPetitionIsAnsweredOnlyAfterTheProvinceReplied() {
        Petition petition = new Petition();
        petition.forward(true);
        assertEquals(Competence.PROVINCE, petition.getCompetence());
        BusinessException early = assertThrows(BusinessException.class,
                () -> petition.answer("Xã tự làm", AnswerResult.RESOLVED, null, TODAY, true));
        assertEquals("task.error.awaitingProvince", early.getMessageKey());
        assertEquals(PetitionStatus.FORWARDED, petition.getStatus());
        assertEquals(new Petition.Step(PetitionStatus.FORWARDED, PetitionStatus.FORWARDED), petition.provinceReplied());
        petition.answer("Tỉnh bố trí vốn năm 2027", AnswerResult.IN_PROGRESS, TODAY.plusMonths(8), TODAY, false);
        assertEquals(PetitionStatus.ANSWERED, petition.getStatus());
    }

    @Test
    void anAnswerNeedsItsTextItsResultAndForLongWorkItsExpectedDate() {
        Petition petition = new Petition();
        petition.assign(TODAY, true);
        assertEquals("task.error.answerRequired", assertThrows(BusinessException.class,
                () -> petition.answer(" ", AnswerResult.RESOLVED, null, TODAY, false)).getMessageKey());
        assertEquals("task.error.resultRequired", assertThrows(BusinessException.class,
                () -> petition.answer("x", null, null, TODAY, false)).getMessageKey());
        assertEquals("task.error.expectedOnRequired", assertThrows(BusinessException.class,
                () -> petition.answer("x", AnswerResult.IN_PROGRESS, null, TODAY, false)).getMessageKey());
    }
}
