package org.parley.core.ports;

import java.util.List;

/**
 * One page of a walk through an {@link ArticleStore} in ingest order, and the cursor that reads on
 * after it. Readers keep the cursor opaque: they start with {@link Cursor#START} and pass back
 * {@link #next}; the store decides what the position means (a row key for a database, so a page
 * costs the same wherever it starts; an index for a list in memory).
 *
 * @param items the page, {@code limit} at most; fewer means the walk has reached the end
 * @param next  where the next page starts
 */
public record StorePage<T>(List<T> items, Cursor next) {

    public StorePage {
        items = List.copyOf(items);
    }

    /** Where a walk stopped: the next page holds what was stored after it. */
    public record Cursor(long position) {
        /** Before the first article. */
        public static final Cursor START = new Cursor(0);
    }

    /** Whether this is the walk's last page, read with {@code limit}. */
    public boolean last(int limit) {
        return items.size() < limit;
    }
}
