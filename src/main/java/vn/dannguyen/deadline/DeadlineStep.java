package vn.dannguyen.deadline;

/** The steps of handling a petition that the law puts a time limit on. */
public enum DeadlineStep {
    /** Forward to the competent level when the commune is not. */
    FORWARD,
    /** Accept (complaints) or finish initial processing (denunciations). */
    ACCEPT,
    /** Answer the voter / decide. */
    ANSWER
}
