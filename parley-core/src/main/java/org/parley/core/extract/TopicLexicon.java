package org.parley.core.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The controlled topic list ({@code topics.tsv}): topic keys with the keywords that signal them.
 *
 * <p>Immutable and thread-safe.
 */
public final class TopicLexicon {

    static final String RESOURCE = "org/parley/core/extract/topics.tsv";

    private final Map<String, Pattern> topics;

    private TopicLexicon(Map<String, Pattern> topics) {
        this.topics = topics;
    }

    private static final class Bundled {
        static final TopicLexicon INSTANCE = load();

        private static TopicLexicon load() {
            InputStream in = TopicLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("topic list missing from the class path: " + RESOURCE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return read(reader, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The topic list bundled with Parley. */
    public static TopicLexicon bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Reads a list in the {@code topics.tsv} layout.
     *
     * @throws IllegalArgumentException naming {@code source} and the line of a malformed row
     */
    public static TopicLexicon read(Reader reader, String source) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        Map<String, Pattern> topics = new LinkedHashMap<>();
        boolean header = false;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 2 || !cells[0].strip().matches("[a-z_]+") || cells[1].isBlank()) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected a topic key and keywords");
            }
            String alternatives = List.of(cells[1].split("\\|")).stream().map(String::strip)
                    .filter(k -> !k.isEmpty()).map(Pattern::quote).collect(Collectors.joining("|"));
            topics.put(cells[0].strip(), Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE));
        }
        return new TopicLexicon(java.util.Collections.unmodifiableMap(topics));
    }

    /** The topic keys, in list order. */
    public List<String> keys() {
        return List.copyOf(topics.keySet());
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
