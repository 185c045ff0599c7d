package org.parley.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with the facet counts over all hits.
 *
 * @param total   how many documents matched
 * @param hits    the requested page, best first
 * @param facets  per dimension, values with their number of matching documents, most frequent first
 * @param literal true when the query was not valid syntax and was searched for as plain words
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, boolean literal) {

    /** One facet value and how many hits have it. */
    public record FacetCount(String value, int count) {
    }

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
