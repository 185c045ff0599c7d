package org.parley.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a user searches for.
 *
 * @param text    Lucene classic query syntax ({@code blinken AND hanoi}, {@code "phone call"}, {@code title:talks});
 *                blank for every document. Text that is not valid syntax is searched for as plain words.
 * @param kind    only articles or only events; null for both
 * @param filters facet filters: dimension ({@link SearchIndex#DIMENSIONS}) to accepted values; values of one
 *                dimension are alternatives (OR), dimensions are combined with AND
 * @param offset  hits to skip
 * @param limit   hits to return
 */
public record SearchQuery(String text, SearchHit.Kind kind, Map<String, List<String>> filters, int offset, int limit) {
    public SearchQuery {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(filters, "filters");
        TreeMap<String, List<String>> copy = new TreeMap<>();
        filters.forEach((dim, values) -> {
            if (!SearchIndex.DIMENSIONS.contains(dim)) {
                throw new IllegalArgumentException("unknown facet '" + dim + "': use one of " + SearchIndex.DIMENSIONS);
            }
            if (!values.isEmpty()) {
                copy.put(dim, List.copyOf(values));
            }
        });
        filters = copy;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, Map.of(), 0, 20);
    }
}
