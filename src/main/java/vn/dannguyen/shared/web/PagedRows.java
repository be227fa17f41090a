package vn.dannguyen.shared.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A list read a page at a time: the page shown comes from the database, never the whole backlog (the
 * leader's task list, the dashboard's overdue and due-soon lists). Rows of pages seen are remembered so that a
 * leader may tick rows on several pages and act on them together (the selection is decoded by row key,
 * possibly for a page no longer shown).
 */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads the rows {@code first} to {@code first + size - 1} of the list. */
    @FunctionalInterface
    public interface PageReader<T> extends Serializable {
        List<T> read(int first, int size);
    }

    /** The database id of a row, its key in the table. */
    @FunctionalInterface
    public interface RowId<T> extends Serializable {
        long of(T row);
    }

    private final PageReader<T> reader;
    private final RowId<T> rowId;
    private final long rowCount;
    private final Map<Long, T> seen = new HashMap<>();

    public PagedRows(PageReader<T> reader, RowId<T> rowId, long rowCount) {
        this.reader = reader;
        this.rowId = rowId;
        this.rowCount = rowCount;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(rowCount, Integer.MAX_VALUE);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<T> page = reader.read(first, pageSize);
        page.forEach(row -> seen.put(rowId.of(row), row));
        return page;
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(rowId.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        try {
            return seen.get(Long.valueOf(rowKey));
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }
}
