package org.ccionetwork.portal.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A list for PrimeFaces' lazy data table that pages by keyset, never by offset: it remembers where
 * each page it has shown begins (the key of the row before it), so the next page is "the rows after
 * this key" however deep the list is. The table's paginator moves a page at a time (first, previous,
 * next); a page further on than any shown so far is reached by walking forward from the last known
 * start, still by key. The total, for "page 3 of 17", is one count.
 *
 * @param <T> a row
 * @param <K> the key rows are ordered by (newest first, say: an id)
 */
public abstract class KeysetPages<T, K extends Serializable> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Where each known page begins: the key before its first row (null: the start of the list). */
    private final List<K> starts = new ArrayList<>(List.of());

    private int pageSize;

    /** Up to {@code size} rows after {@code after} (null: from the start of the list), in the list's order. */
    protected abstract List<T> after(K after, int size);

    /** How many rows the list has. */
    protected abstract int total();

    /** A row's key. */
    protected abstract K keyOf(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return total();
    }

    @Override
    public List<T> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (size != pageSize || starts.isEmpty()) {
            starts.clear();
            starts.add(null);
            pageSize = size;
        }
        int page = Math.max(0, first / size);
        List<T> rows = after(starts.get(Math.min(page, starts.size() - 1)), size);
        for (int known = starts.size() - 1; known < page && rows.size() == size; known++) {
            starts.add(keyOf(rows.getLast()));
            rows = after(starts.getLast(), size);
        }
        if (rows.size() == size && starts.size() == page + 1) {
            starts.add(keyOf(rows.getLast()));
        }
        return rows;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(keyOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
