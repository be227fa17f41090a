package vn.dannguyen.reference;

import java.util.Comparator;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;

/**
 * The order staff read lists of names in: Vietnamese alphabetical order (Đ after D, tones after the bare
 * letter) with numbers by value, so "Tổ dân phố 2" comes before "Tổ dân phố 10". The database's collation
 * compares digits as text and put 10-19 before 2.
 */
public final class NameOrder {

    private static final Collator VIETNAMESE = numeric();

    /** Compares names; thread-safe (the collator is frozen). */
    public static final Comparator<String> NAMES = (a, b) -> VIETNAMESE.compare(a, b);

    private NameOrder() {
    }

    private static Collator numeric() {
        RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(new ULocale("vi"));
        collator.setNumericCollation(true);
        return collator.freeze();
    }
}
