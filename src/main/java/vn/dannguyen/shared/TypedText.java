package vn.dannguyen.shared;

/** What a user typed into a free-text field, as it is stored. */
public final class TypedText {

    private TypedText() {
    }

    /** The text without surrounding blanks, or null when nothing but blanks was typed. */
    public static String strippedOrNull(String typed) {
        return isBlank(typed) ? null : typed.strip();
    }

    public static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }
}
