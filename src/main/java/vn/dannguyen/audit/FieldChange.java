package vn.dannguyen.audit;

/** One field of a record that a revision changed: its attribute name and the values before and after. */
public record FieldChange(String field, Object before, Object after) {
}
