package vn.dannguyen.deadline;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** One time limit: for petitions of a kind, a step must be done within so many (calendar or working) days. */
@Entity
@Audited
@IdClass(DeadlineRule.Key.class)
public class DeadlineRule {

    /** The rule's identity: petition kind and step. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kind;
        private DeadlineStep step;

        public Key() {
        }

        public Key(String kind, DeadlineStep step) {
            this.kind = kind;
            this.step = step;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(kind, key.kind) && step == key.step;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(kind, step);
        }
    }

    @Id
    @Column(length = 20)
    private String kind;

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private DeadlineStep step;

    @Min(0)
    @Max(365)
    @Column(nullable = false)
    private int days;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private DayUnit unit;

    @Version
    private long version;

    public String getKind() { return kind; }
    public DeadlineStep getStep() { return step; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
    public DayUnit getUnit() { return unit; }
    public void setUnit(DayUnit unit) { this.unit = unit; }
    public long getVersion() { return version; }
}
