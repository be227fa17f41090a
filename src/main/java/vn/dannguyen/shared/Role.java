package vn.dannguyen.shared;

/** What a user may do. The names are the security roles of web.xml and {@code @RolesAllowed}. */
public enum Role {
    /** Commune staff: log meetings and petitions. */
    STAFF,
    /** Chairman / Vice Chairman: classify, assign, close. */
    LEADER,
    /** Reviews the whole history, read-only. */
    AUDITOR,
    /** Maintains reference data and accounts. */
    ADMIN;

    /** The role names as strings, for annotations that need constants. */
    public static final class Names {
        public static final String STAFF = "STAFF";
        public static final String LEADER = "LEADER";
        public static final String AUDITOR = "AUDITOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
