package vn.dannguyen.task;

import static vn.dannguyen.petition.PetitionStatus.ANSWERED;
import static vn.dannguyen.petition.PetitionStatus.ASSIGNED;
import static vn.dannguyen.petition.PetitionStatus.CLASSIFIED;
import static vn.dannguyen.petition.PetitionStatus.CLOSED;
import static vn.dannguyen.petition.PetitionStatus.EXPLAINED;
import static vn.dannguyen.petition.PetitionStatus.FORWARDED;
import static vn.dannguyen.petition.PetitionStatus.IN_PROGRESS;
import static vn.dannguyen.petition.PetitionStatus.RECEIVED;
import static vn.dannguyen.petition.PetitionStatus.RESOLVED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.shared.BusinessException;

/**
 * The one state machine of a petition: received -> classified -> assigned -> in progress -> resolved /
 * explained / forwarded -> answered -> closed, reopened when the voter or a deputy is not satisfied.
 */
public final class PetitionWorkflow {

    private static final Map<PetitionStatus, Map<WorkflowAction, PetitionStatus>> NEXT = new EnumMap<>(PetitionStatus.class);

    static {
        allow(RECEIVED, WorkflowAction.CLASSIFY, CLASSIFIED);
        allow(RECEIVED, WorkflowAction.ASSIGN, ASSIGNED);       // assigning classifies at the same time
        allow(RECEIVED, WorkflowAction.FORWARD, FORWARDED);
        allow(CLASSIFIED, WorkflowAction.ASSIGN, ASSIGNED);
        allow(CLASSIFIED, WorkflowAction.FORWARD, FORWARDED);
        allow(ASSIGNED, WorkflowAction.ASSIGN, ASSIGNED);       // reassigning
        allow(ASSIGNED, WorkflowAction.START, IN_PROGRESS);
        allow(ASSIGNED, WorkflowAction.RESOLVE, RESOLVED);
        allow(ASSIGNED, WorkflowAction.EXPLAIN, EXPLAINED);
        allow(IN_PROGRESS, WorkflowAction.ASSIGN, ASSIGNED);
        allow(IN_PROGRESS, WorkflowAction.RESOLVE, RESOLVED);
        allow(IN_PROGRESS, WorkflowAction.EXPLAIN, EXPLAINED);
        allow(IN_PROGRESS, WorkflowAction.ANSWER, ANSWERED);    // long work: answered with a roadmap
        allow(RESOLVED, WorkflowAction.ANSWER, ANSWERED);
        allow(EXPLAINED, WorkflowAction.ANSWER, ANSWERED);
        allow(FORWARDED, WorkflowAction.ANSWER, ANSWERED);      // the province's answer, passed on
        allow(ANSWERED, WorkflowAction.CLOSE, CLOSED);
        allow(ANSWERED, WorkflowAction.REOPEN, CLASSIFIED);
        allow(CLOSED, WorkflowAction.REOPEN, CLASSIFIED);
    }

    private PetitionWorkflow() {
    }

    private static void allow(PetitionStatus from, WorkflowAction action, PetitionStatus to) {
        NEXT.computeIfAbsent(from, status -> new EnumMap<>(WorkflowAction.class)).put(action, to);
    }

    /** The status after {@code action}, or a refusal naming the status and the action. */
    public static PetitionStatus next(PetitionStatus from, WorkflowAction action) {
        PetitionStatus to = NEXT.getOrDefault(from, Map.of()).get(action);
        if (to == null) {
            throw new BusinessException("task.error.illegalTransition", "task.action." + action, "petition.status." + from);
        }
        return to;
    }

    /** What may be done to a petition in {@code status}. */
    public static Set<WorkflowAction> allowed(PetitionStatus status) {
        return Collections.unmodifiableSet(NEXT.getOrDefault(status, Map.of()).keySet());
    }
}
