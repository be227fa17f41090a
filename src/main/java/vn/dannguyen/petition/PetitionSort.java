package vn.dannguyen.petition;

/** The orders a petition list can be read in; each is a key the list can seek on. */
public enum PetitionSort {
    NEWEST_FIRST("p.receivedOn", false),
    OLDEST_FIRST("p.receivedOn", true),
    MOST_RAISED("p.timesRaised", false);

    final String column;
    final boolean ascending;

    PetitionSort(String column, boolean ascending) {
        this.column = column;
        this.ascending = ascending;
    }
}
