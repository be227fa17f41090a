package vn.dannguyen.petition.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import vn.dannguyen.petition.PetitionFilter;
import vn.dannguyen.petition.PetitionPage;
import vn.dannguyen.petition.PetitionQueries;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionSort;

/**
 * The petition table's data, a page at a time, without COUNT or OFFSET: each page seeks past the last
 * row of the page before it (remembered per page), and the row count only says whether another page
 * follows. A text search pages through the search index instead.
 */
public class PetitionLazyModel extends LazyDataModel<PetitionLine> {

    private static final long serialVersionUID = 1L;

    private final transient PetitionQueries petitions;
    private final PetitionFilter filter;
    private PetitionSort sort = PetitionSort.NEWEST_FIRST;
    /** Where each visited page starts: the cursor of the last row before it, by the page's first row index. */
    private final Map<Integer, PetitionPage.Cursor> pageStarts = new HashMap<>();
    private int knownRows;

    PetitionLazyModel(PetitionQueries petitions, PetitionFilter filter) {
        this.petitions = petitions;
        this.filter = filter;
    }

    /** Forgets the pages seen: the filter or the order changed. */
    void restart(PetitionSort newSort) {
        sort = newSort;
        pageStarts.clear();
        knownRows = 0;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return knownRows;
    }

    @Override
    public List<PetitionLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PetitionPage page;
        if (filter.hasText()) {
            page = petitions.search(filter, sort, first, pageSize);
        } else {
            page = petitions.list(filter, sort, startOf(first, pageSize), pageSize);
            if (page.last() != null) {
                pageStarts.put(first + pageSize, page.last());
            }
        }
        // The paginator learns only that a next page exists (one row beyond this page), never a total.
        knownRows = first + page.rows().size() + (page.hasMore() ? 1 : 0);
        setRowCount(knownRows);
        ResourceBundle msg = Faces.getContext().getApplication().getResourceBundle(Faces.getContext(), "msg");
        Locale locale = Faces.getLocale();
        List<PetitionLine> lines = new ArrayList<>(page.rows().size());
        for (PetitionRow row : page.rows()) {
            lines.add(PetitionLine.of(row, msg, locale));
        }
        return lines;
    }

    /** The cursor a page starts after; a page never visited is reached by walking from the nearest one. */
    private PetitionPage.Cursor startOf(int first, int pageSize) {
        if (first == 0) {
            return null;
        }
        PetitionPage.Cursor known = pageStarts.get(first);
        if (known != null) {
            return known;
        }
        int from = 0;
        PetitionPage.Cursor cursor = null;
        for (Map.Entry<Integer, PetitionPage.Cursor> entry : pageStarts.entrySet()) {
            if (entry.getKey() < first && entry.getKey() > from) {
                from = entry.getKey();
                cursor = entry.getValue();
            }
        }
        while (from < first) {
            PetitionPage skipped = petitions.list(filter, sort, cursor, pageSize);
            if (skipped.last() == null) {
                return cursor;
            }
            cursor = skipped.last();
            from += pageSize;
            pageStarts.put(from, cursor);
        }
        return cursor;
    }

    @Override
    public String getRowKey(PetitionLine row) {
        return Long.toString(row.id());
    }

    @Override
    public PetitionLine getRowData(String rowKey) {
        long id = Long.parseLong(rowKey);
        return getWrappedData() == null ? null
                : ((List<PetitionLine>) getWrappedData()).stream().filter(row -> row.id() == id).findFirst().orElse(null);
    }
}
