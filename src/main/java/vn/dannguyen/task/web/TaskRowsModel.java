package vn.dannguyen.task.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import vn.dannguyen.task.TaskRow;

/**
 * A task list read a page at a time: the page shown comes from the database, never the whole backlog (the
 * leader's task list, the dashboard's overdue and due-soon lists). Rows of pages seen are remembered so that a
 * leader may tick petitions on several pages and assign them together (the selection is decoded by row key,
 * possibly for a page no longer shown).
 */
public class TaskRowsModel extends LazyDataModel<TaskRow> {

    private static final long serialVersionUID = 1L;

    /** Reads the rows {@code first} to {@code first + size - 1} of the list. */
    @FunctionalInterface
    public interface PageReader extends Serializable {
        List<TaskRow> read(int first, int size);
    }

    private final PageReader reader;
    private final long rowCount;
    private final Map<Long, TaskRow> seen = new HashMap<>();

    public TaskRowsModel(PageReader reader, long rowCount) {
        this.reader = reader;
        this.rowCount = rowCount;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(rowCount, Integer.MAX_VALUE);
    }

    @Override
    public List<TaskRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<TaskRow> page = reader.read(first, pageSize);
        page.forEach(row -> seen.put(row.id(), row));
        return page;
    }

    @Override
    public String getRowKey(TaskRow row) {
        return Long.toString(row.id());
    }

    @Override
    public TaskRow getRowData(String rowKey) {
        try {
            return seen.get(Long.valueOf(rowKey));
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }
}
