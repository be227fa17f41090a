package vn.dannguyen.petition;

/** What someone does to a petition; each is allowed only from certain statuses (see {@link PetitionWorkflow}). */
public enum WorkflowAction {
    CLASSIFY, ASSIGN, START, RESOLVE, EXPLAIN, FORWARD, ANSWER, CLOSE, REOPEN
}
