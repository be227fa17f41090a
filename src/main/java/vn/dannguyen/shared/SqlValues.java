package vn.dannguyen.shared;

import java.time.Instant;
import java.time.LocalDate;

/** Values of native query rows as Java types, whichever JDBC type the driver handed back. */
public final class SqlValues {

    private SqlValues() {
    }

    public static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    public static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp at ? at.toInstant() : (Instant) value;
    }

    public static boolean bool(Object value) {
        return value instanceof Boolean flag ? flag : ((Number) value).intValue() != 0;
    }
}
