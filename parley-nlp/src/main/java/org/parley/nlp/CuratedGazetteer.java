package org.parley.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.core.data.TsvRows;

/**
 * The literal entries of Parley's curated regexner list ({@value #RESOURCE}) as token sequences,
 * for the repairs that CoreNLP's own regexner cannot make (a country name that the CRF glued to
 * the front of a PERSON mention). Immutable and thread-safe once loaded.
 */
final class CuratedGazetteer {

    private static final String FILE = "parley-regexner.tsv";
    /**
     * Classpath location of the curated mapping, in CoreNLP's regexner TSV format: pattern, type,
     * overwritable types, priority.
     */
    static final String RESOURCE = "org/parley/nlp/" + FILE;
    private static final Pattern REGEX_LIKE = Pattern.compile(".*[\\\\?*+()\\[\\]{}|^$].*");

    private final Map<List<String>, String> typeByTokens;
    private final int longest;

    private CuratedGazetteer(Map<List<String>, String> typeByTokens) {
        this.typeByTokens = Map.copyOf(typeByTokens);
        this.longest = typeByTokens.keySet().stream().mapToInt(List::size).max().orElse(0);
    }

    static CuratedGazetteer load() {
        List<Map.Entry<String, String>> rows = TsvRows.bundled(CuratedGazetteer.class, FILE, 4,
                row -> Map.entry(row.cell(0).replace("\\.", ".").replace("\\-", "-"), row.cell(1)));
        Map<List<String>, String> entries = new HashMap<>();
        for (Map.Entry<String, String> row : rows) {
            // Only literal patterns: "\." is a literal dot; anything else regex-like is skipped.
            if (!REGEX_LIKE.matcher(row.getKey()).matches()) {
                entries.putIfAbsent(Arrays.asList(row.getKey().split(" ")), row.getValue());
            }
        }
        return new CuratedGazetteer(entries);
    }

    /**
     * The longest entry of type {@code type} that starts {@code words} and is shorter than it.
     *
     * @return its length in tokens, or empty when no entry of that type starts {@code words}
     */
    Optional<Integer> longestProperPrefix(List<String> words, String type) {
        for (int n = Math.min(longest, words.size() - 1); n >= 1; n--) {
            if (type.equals(typeByTokens.get(words.subList(0, n)))) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The type of exactly this token sequence, if it is an entry. */
    Optional<String> typeOf(List<String> words) {
        return Optional.ofNullable(typeByTokens.get(words));
    }
}
