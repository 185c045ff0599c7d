package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The articles, across outlets and formats, that report the same real-world event.
 *
 * <p>A new story's id is derived from its earliest member's article id ({@link #idFor(ArticleId)});
 * once seen, the id is kept by the store (core's {@code StableIds}), so a story that gains, loses or
 * merges members keeps the id users already know, and ingesting the same reports again changes nothing.
 *
 * @param id       stable id, {@code story-} followed by hex digits
 * @param title    a human-readable headline for the story
 * @param date     ISO 8601 at the known precision ({@code 2024-03-26}, {@code 2024-03}, {@code 2024}), or null
 * @param articles the member articles, at least one, without repeats
 * @param docs     the members' file names or URLs, in the order of {@code articles}
 */
public record Story(String id, String title, String date, List<ArticleId> articles, List<String> docs) {
    private static final Pattern ID = Pattern.compile("story-[0-9a-f]{8,64}");
    private static final Pattern ISO = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("story id must be 'story-' and 8-64 hex digits: " + id);
        }
        if (date != null && !ISO.matcher(date).matches()) {
            throw new IllegalArgumentException("story date must be ISO YYYY[-MM[-DD]]: " + date);
        }
        articles = List.copyOf(articles);
        docs = List.copyOf(docs);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one article: " + id);
        }
        if (articles.size() != docs.size()) {
            throw new IllegalArgumentException("story " + id + " has " + articles.size() + " articles but "
                    + docs.size() + " docs");
        }
        if (articles.stream().distinct().count() != articles.size()) {
            throw new IllegalArgumentException("story " + id + " lists an article twice");
        }
    }

    /** The story id for a story whose earliest member is {@code earliest}. */
    public static String idFor(ArticleId earliest) {
        return "story-" + earliest.value().substring(0, 16);
    }
}
