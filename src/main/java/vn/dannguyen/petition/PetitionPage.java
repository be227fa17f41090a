package vn.dannguyen.petition;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a petition list and where the next one starts. {@code last} is the sort key of the last
 * row (keyset paging: the next page seeks past it instead of skipping rows with OFFSET).
 */
public record PetitionPage(List<PetitionRow> rows, boolean hasMore, Cursor last) implements Serializable {

    /** A position in a sorted list: the sort value and id of a row. */
    public record Cursor(Comparable<?> value, long id) implements Serializable {
    }
}
