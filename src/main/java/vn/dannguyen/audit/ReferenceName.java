package vn.dannguyen.audit;

/** A reference record's name in both languages, for history shown in the auditor's language. */
public record ReferenceName(String vi, String en) implements java.io.Serializable {

    @Override
    public String toString() {
        return vi;
    }
}
