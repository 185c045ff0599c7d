package org.parley.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The literal entries of Parley's curated regexner list ({@value #RESOURCE}) as token sequences,
 * for the repairs that CoreNLP's own regexner cannot make (a country name that the CRF glued to
 * the front of a PERSON mention). Immutable and thread-safe once loaded.
 */
final class CuratedGazetteer {

    /** Classpath location of the curated mapping, in CoreNLP's regexner TSV format. */
    static final String RESOURCE = "org/parley/nlp/parley-regexner.tsv";

    private final Map<List<String>, String> typeByTokens;
    private final int longest;

    private CuratedGazetteer(Map<List<String>, String> typeByTokens) {
        this.typeByTokens = Map.copyOf(typeByTokens);
        this.longest = typeByTokens.keySet().stream().mapToInt(List::size).max().orElse(0);
    }

    static CuratedGazetteer load() {
        InputStream in = CuratedGazetteer.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("curated regexner list missing from the classpath: " + RESOURCE);
        }
        Map<List<String>, String> entries = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 2) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected pattern TAB type");
                }
                // Only literal patterns: "\." is a literal dot; anything else regex-like is skipped.
                String literal = fields[0].replace("\\.", ".").replace("\\-", "-");
                if (literal.matches(".*[\\\\?*+()\\[\\]{}|^$].*")) {
                    continue;
                }
                entries.putIfAbsent(Arrays.asList(literal.split(" ")), fields[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
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
