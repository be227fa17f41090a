package vn.dannguyen.task.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import vn.dannguyen.task.TaskRow;
import vn.dannguyen.task.TaskService;

/**
 * The leader's task list a page at a time: the page shown is read from the database, never the commune's
 * whole backlog. Rows of pages seen are remembered so that a leader may tick petitions on several pages and
 * assign them together (the selection is decoded by row key, possibly for a page no longer shown).
 */
public class OpenPetitionsModel extends LazyDataModel<TaskRow> {

    private static final long serialVersionUID = 1L;

    private final transient TaskService tasks;
    private final long openCount;
    private final Map<Long, TaskRow> seen = new HashMap<>();

    OpenPetitionsModel(TaskService tasks, long openCount) {
        this.tasks = tasks;
        this.openCount = openCount;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(openCount, Integer.MAX_VALUE);
    }

    @Override
    public List<TaskRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<TaskRow> page = tasks.openPetitions(first, pageSize);
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
