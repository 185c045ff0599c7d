package org.parley.server;

import java.util.List;

/**
 * Which slice of a list a client asked for.
 *
 * @param offset items to skip, 0 or more
 * @param limit  items to return, 1..{@value #MAX_LIMIT}
 */
public record Paging(int offset, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public Paging {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    /** The slice of {@code all} this paging selects, with the total. */
    public <T> Page<T> of(List<T> all) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + limit);
        return new Page<>(all.size(), offset, limit, all.subList(from, to));
    }

    /** One slice of a list and the size of the whole list. */
    public record Page<T>(int total, int offset, int limit, List<T> items) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
