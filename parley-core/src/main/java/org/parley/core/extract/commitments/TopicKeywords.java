package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.core.data.TsvRows;

/**
 * Assigns controlled topic keys to a piece of text by the keywords of the bundled
 * {@code topic-keywords.tsv}: trade, investment, technology, education, climate_energy, health,
 * security_defence, maritime, war_legacies, human_rights, people_to_people, multilateral,
 * infrastructure. Matching is case-insensitive on whole words, with an optional plural
 * ("semiconductor" matches "semiconductors"); a keyword ending in {@code *} is a word start
 * ("cultur*" matches "cultural"), so "coal" does not match "coalition". Stateless and thread-safe.
 *
 * <p>Design decision: not {@code extract.TopicLexicon}, whose list and matching differ (no word
 * starts, no plurals, no infrastructure topic): reading it would change the commitments' topics.
 */
public final class TopicKeywords {

    private static final Map<String, Pattern> TOPICS = load();

    /** The topic keys, in the order {@link #of} reports them. */
    public static final List<String> KEYS = List.copyOf(TOPICS.keySet());

    private TopicKeywords() {
    }

    private static Map<String, Pattern> load() {
        Map<String, Pattern> topics = new LinkedHashMap<>();
        TsvRows.bundled(TopicKeywords.class, "topic-keywords.tsv", 2, row -> Map.entry(row.cell(0), row.list(1)))
                .forEach(topic -> topics.put(topic.getKey(), pattern(topic.getValue())));
        return topics;
    }

    private static Pattern pattern(List<String> keywords) {
        StringBuilder alternation = new StringBuilder();
        for (String w : keywords) {
            String word = w.endsWith("*") ? Pattern.quote(w.substring(0, w.length() - 1))
                    : Pattern.quote(w) + "(?:s|es)?(?![\\p{L}\\p{N}])";
            alternation.append(alternation.isEmpty() ? "" : "|").append(word);
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")", Pattern.CASE_INSENSITIVE);
    }

    /** The topic keys whose keywords occur in {@code text}, in {@link #KEYS} order. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        TOPICS.forEach((key, pattern) -> {
            if (pattern.matcher(text).find()) {
                out.add(key);
            }
        });
        return List.copyOf(out);
    }
}
