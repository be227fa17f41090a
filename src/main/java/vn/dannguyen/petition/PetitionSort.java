package vn.dannguyen.petition;

/**
 * The orders a petition list can be read in; each is a key the list can seek on. A text search reads in the
 * same order, and may also read the best matches first; without a text that order is the newest first.
 */
public enum PetitionSort {
    NEWEST_FIRST("p.receivedOn", false),
    OLDEST_FIRST("p.receivedOn", true),
    MOST_RAISED("p.timesRaised", false),
    BEST_MATCH("p.receivedOn", false);

    final String column;
    final boolean ascending;

    PetitionSort(String column, boolean ascending) {
        this.column = column;
        this.ascending = ascending;
    }

    /** The JPQL order: the key, then the id the same way, so that rows with the same key keep one order. */
    String orderBy() {
        String direction = ascending ? "asc" : "desc";
        return " order by " + column + ' ' + direction + ", p.id " + direction;
    }
}
