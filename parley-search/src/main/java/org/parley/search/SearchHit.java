package org.parley.search;

import java.util.List;

/**
 * One document that matched.
 *
 * @param kind     article or event
 * @param id       the article or event id
 * @param title    the article's headline, or the event's one-line description
 * @param date     ISO date at its precision, or null
 * @param score    relevance (higher is better; 0 when the query was blank)
 * @param snippets passages with the matched words wrapped in {@code <mark>}…{@code </mark>}; everything else is
 *                 HTML-escaped, so a page may insert them as HTML
 */
public record SearchHit(Kind kind, String id, String title, String date, float score, List<String> snippets) {

    /** What a hit is. */
    public enum Kind { ARTICLE, EVENT }

    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}
