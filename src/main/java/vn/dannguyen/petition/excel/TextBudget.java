package vn.dannguyen.petition.excel;

import org.xml.sax.SAXException;

/** Counts the characters a reading keeps, and stops it once they pass {@link BoundedSheetReader#MAX_TEXT_CHARS}. */
final class TextBudget {

    /** Ends the reading (a SAX exception, so the parser stops where it is). */
    static final class Spent extends SAXException {
        private static final long serialVersionUID = 1L;

        Spent() {
            super("text budget spent");
        }
    }

    private final long limit;
    private long used;

    TextBudget() {
        this(BoundedSheetReader.MAX_TEXT_CHARS);
    }

    TextBudget(long limit) {
        this.limit = limit;
    }

    void spend(int chars) throws Spent {
        used += chars;
        if (used > limit) {
            throw new Spent();
        }
    }
}
