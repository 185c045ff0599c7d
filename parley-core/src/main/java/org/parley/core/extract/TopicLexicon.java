package org.parley.core.extract;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.core.data.DataFileException;
import org.parley.core.data.TsvRows;

/**
 * The controlled topic list ({@code topics.tsv}) of events and commitments alike: topic keys with
 * the keywords that signal them. A keyword matches case-insensitively on whole words with an
 * optional plural ("semiconductor" matches "semiconductors"); one ending in {@code *} matches a word
 * start ("cultur*" matches "cultural"), so "coal" does not match "coalition".
 *
 * <p>Immutable and thread-safe.
 */
public final class TopicLexicon {

    static final String RESOURCE = "topics.tsv";
    private static final int COLUMNS = 2; // topic keywords

    private final Map<String, Pattern> topics;

    private TopicLexicon(List<Topic> rows) {
        Map<String, Pattern> byKey = new LinkedHashMap<>();
        rows.forEach(t -> byKey.put(t.key(), t.pattern()));
        this.topics = Collections.unmodifiableMap(byKey);
    }

    private record Topic(String key, Pattern pattern) {
    }

    private static final class Bundled {
        static final TopicLexicon INSTANCE = new TopicLexicon(
                TsvRows.bundled(TopicLexicon.class, RESOURCE, COLUMNS, TopicLexicon::row));
    }

    /** The topic list bundled with Parley. */
    public static TopicLexicon bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Reads a list in the {@code topics.tsv} layout.
     *
     * @throws DataFileException naming {@code source} and the line of every malformed row
     */
    public static TopicLexicon read(Reader reader, String source) {
        return new TopicLexicon(TsvRows.parse(reader, source, COLUMNS, TopicLexicon::row));
    }

    private static Topic row(TsvRows.Row row) {
        String key = row.cell(0).strip();
        if (!key.matches("[a-z_]+") || row.cell(1).isBlank()) {
            throw new IllegalArgumentException("expected a topic key and keywords");
        }
        String alternatives = row.list(1).stream().filter(k -> !k.isEmpty()).map(TopicLexicon::keyword)
                .collect(Collectors.joining("|"));
        return new Topic(key, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")", Pattern.CASE_INSENSITIVE));
    }

    /** A word start ("cultur*"), or a whole word with an optional plural. */
    private static String keyword(String k) {
        return k.endsWith("*") ? Pattern.quote(k.substring(0, k.length() - 1))
                : Pattern.quote(k) + "(?:s|es)?(?![\\p{L}\\p{N}])";
    }

    /** The topic keys, in list order. */
    public List<String> keys() {
        return List.copyOf(topics.keySet());
    }

    /** The topics a text mentions, in list order; none for null. */
    public List<String> topicsOf(String text) {
        return text == null ? List.of() : topicsOf(List.of(text));
    }

    /** The topics the texts mention, in list order. */
    public List<String> topicsOf(Collection<String> texts) {
        List<String> found = new ArrayList<>();
        topics.forEach((key, pattern) -> {
            if (texts.stream().anyMatch(t -> pattern.matcher(t).find())) {
                found.add(key);
            }
        });
        return List.copyOf(found);
    }
}
