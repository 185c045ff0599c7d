package org.parley.search;

import java.util.List;
import java.util.Objects;

/**
 * One searchable document: an article, or the evidence of one consolidated event.
 * Facet values ({@code countries}, {@code types}, {@code outlets}, the year of {@code date}) are
 * what the search can filter and count by.
 */
public sealed interface SearchEntry permits SearchEntry.ArticleEntry, SearchEntry.EventEntry {

    String id();

    /** ISO date at its precision ({@code 2024-03-25}, {@code 2024-03}, {@code 2024}), or null. */
    String date();

    List<String> countries();

    List<String> types();

    List<String> outlets();

    /**
     * An article.
     *
     * @param id        article id
     * @param title     headline, or the document name when the article has none
     * @param text      clean text
     * @param outlet    outlet name or domain, or null
     * @param date      publication date (ISO), or null
     * @param language  ISO 639-1 code
     * @param countries ISO alpha-3 codes of the actors of the article's events
     * @param types     PLOVER types of the article's events
     */
    record ArticleEntry(String id, String title, String text, String outlet, String date, String language,
                        List<String> countries, List<String> types) implements SearchEntry {
        public ArticleEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            countries = List.copyOf(countries);
            types = List.copyOf(types);
        }

        @Override
        public List<String> outlets() {
            return outlet == null ? List.of() : List.of(outlet);
        }
    }

    /**
     * A consolidated event.
     *
     * @param id        event id
     * @param title     a one-line description ("CONSULT/phone: Antony Blinken – Bui Thanh Son")
     * @param type      PLOVER type
     * @param date      event date (ISO at its precision), or null
     * @param countries ISO alpha-3 codes of its actors
     * @param actors    actor names
     * @param outlets   outlets of the articles that report it
     * @param sentences the evidence sentences, one per mention
     */
    record EventEntry(String id, String title, String type, String date, List<String> countries, List<String> actors,
                      List<String> outlets, List<String> sentences) implements SearchEntry {
        public EventEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(type, "type");
            countries = List.copyOf(countries);
            actors = List.copyOf(actors);
            outlets = List.copyOf(outlets);
            sentences = List.copyOf(sentences);
        }

        @Override
        public List<String> types() {
            return List.of(type);
        }
    }
}
