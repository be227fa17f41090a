package vn.dannguyen.petition;

/** How a petition was answered, as the results report before the next session sorts them. */
public enum AnswerResult {
    RESOLVED, IN_PROGRESS, EXPLAINED
}
