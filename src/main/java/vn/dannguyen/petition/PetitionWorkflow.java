package vn.dannguyen.petition;

import static vn.dannguyen.petition.PetitionStatus.ANSWERED;
import static vn.dannguyen.petition.PetitionStatus.ASSIGNED;
import static vn.dannguyen.petition.PetitionStatus.CLASSIFIED;
import static vn.dannguyen.petition.PetitionStatus.CLOSED;
import static vn.dannguyen.petition.PetitionStatus.EXPLAINED;
import static vn.dannguyen.petition.PetitionStatus.FORWARDED;
import static vn.dannguyen.petition.PetitionStatus.IN_PROGRESS;
import static vn.dannguyen.petition.PetitionStatus.RECEIVED;
import static vn.dannguyen.petition.PetitionStatus.RESOLVED;

import java.util.EnumSet;
import java.util.Set;

import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.StepTable;

/**
 * The one state machine of a petition: received -> classified -> assigned -> in progress -> resolved /
 * explained / forwarded -> answered -> closed, reopened when the voter or a deputy is not satisfied.
 */
public final class PetitionWorkflow {

    private static final StepTable<PetitionStatus, WorkflowAction> STEPS = StepTable.of(PetitionStatus.class,
            WorkflowAction.class, "task.error.illegalTransition", "task.action.", "petition.status.");

    static {
        STEPS.allow(RECEIVED, WorkflowAction.CLASSIFY, CLASSIFIED);
        STEPS.allow(RECEIVED, WorkflowAction.ASSIGN, ASSIGNED);       // assigning classifies at the same time
        STEPS.allow(RECEIVED, WorkflowAction.FORWARD, FORWARDED);
        STEPS.allow(CLASSIFIED, WorkflowAction.ASSIGN, ASSIGNED);
        STEPS.allow(CLASSIFIED, WorkflowAction.FORWARD, FORWARDED);
        STEPS.allow(ASSIGNED, WorkflowAction.ASSIGN, ASSIGNED);       // reassigning
        STEPS.allow(ASSIGNED, WorkflowAction.START, IN_PROGRESS);
        STEPS.allow(ASSIGNED, WorkflowAction.RESOLVE, RESOLVED);
        STEPS.allow(ASSIGNED, WorkflowAction.EXPLAIN, EXPLAINED);
        STEPS.allow(IN_PROGRESS, WorkflowAction.ASSIGN, ASSIGNED);
        STEPS.allow(IN_PROGRESS, WorkflowAction.RESOLVE, RESOLVED);
        STEPS.allow(IN_PROGRESS, WorkflowAction.EXPLAIN, EXPLAINED);
        STEPS.allow(IN_PROGRESS, WorkflowAction.ANSWER, ANSWERED);    // long work: answered with a roadmap
        STEPS.allow(RESOLVED, WorkflowAction.ANSWER, ANSWERED);
        STEPS.allow(EXPLAINED, WorkflowAction.ANSWER, ANSWERED);
        STEPS.allow(FORWARDED, WorkflowAction.ANSWER, ANSWERED);      // the province's answer, passed on
        STEPS.allow(ANSWERED, WorkflowAction.CLOSE, CLOSED);
        STEPS.allow(ANSWERED, WorkflowAction.REOPEN, CLASSIFIED);
        STEPS.allow(CLOSED, WorkflowAction.REOPEN, CLASSIFIED);
    }

    /** Steps only leaders take; officers (staff) carry out the work in between. */
    public static final Set<WorkflowAction> LEADER_ACTIONS = EnumSet.of(WorkflowAction.CLASSIFY, WorkflowAction.ASSIGN,
            WorkflowAction.FORWARD, WorkflowAction.CLOSE, WorkflowAction.REOPEN);

    /** Steps whose reason must be written down. */
    public static final Set<WorkflowAction> NEED_REASON = EnumSet.of(WorkflowAction.RESOLVE, WorkflowAction.EXPLAIN,
            WorkflowAction.REOPEN);

    /** Refuses a leader's step to anyone else. */
    public static void requireAllowed(WorkflowAction action, boolean byLeader) {
        if (LEADER_ACTIONS.contains(action) && !byLeader) {
            throw new BusinessException("task.error.leaderOnly", "task.action." + action);
        }
    }

    private PetitionWorkflow() {
    }

    /** The status after {@code action}, or a refusal naming the status and the action. */
    public static PetitionStatus next(PetitionStatus from, WorkflowAction action) {
        return STEPS.next(from, action);
    }

    /** What may be done to a petition in {@code status}. */
    public static Set<WorkflowAction> allowed(PetitionStatus status) {
        return STEPS.allowed(status);
    }
}
