package org.parley.core.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words that express events ({@code triggers.tsv}), looked up by lemma and part of speech.
 *
 * <p>Immutable and thread-safe. {@link #bundled()} reads the resource once per class loader.
 */
public final class TriggerLexicon {

    static final String RESOURCE = "org/parley/core/extract/triggers.tsv";
    private static final List<String> HEADER = List.of("lemma", "pos", "type", "mode", "cameo", "cue", "pattern");

    private final Map<String, List<TriggerRule>> byKey;

    private TriggerLexicon(List<TriggerRule> rules) {
        Map<String, List<TriggerRule>> index = new HashMap<>();
        for (TriggerRule rule : rules) {
            index.computeIfAbsent(key(rule.lemma(), rule.noun()), k -> new ArrayList<>()).add(rule);
        }
        // Rules with a cue first, so the most specific one that holds is found first.
        index.replaceAll((k, list) -> list.stream()
                .sorted((a, b) -> Boolean.compare(a.cue() == null, b.cue() == null)).toList());
        this.byKey = Map.copyOf(index);
    }

    private static final class Bundled {
        static final TriggerLexicon INSTANCE = load();

        private static TriggerLexicon load() {
            InputStream in = TriggerLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("trigger lexicon missing from the class path: " + RESOURCE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return read(reader, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The lexicon bundled with Parley. */
    public static TriggerLexicon bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Reads a lexicon in the {@code triggers.tsv} layout.
     *
     * @throws IllegalArgumentException naming {@code source} and the line of every malformed row
     */
    public static TriggerLexicon read(Reader reader, String source) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<TriggerRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean header = false;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!header) {
                header = true;
                if (!List.of(cells).equals(HEADER)) {
                    problems.add(source + ":" + lineNo + ": header must be " + String.join("<TAB>", HEADER));
                    break;
                }
                continue;
            }
            try {
                rules.add(row(cells));
            } catch (IllegalArgumentException e) {
                problems.add(source + ":" + lineNo + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad trigger lexicon:\n" + String.join("\n", problems));
        }
        return new TriggerLexicon(rules);
    }

    private static TriggerRule row(String[] cells) {
        if (cells.length != HEADER.size()) {
            throw new IllegalArgumentException("expected " + HEADER.size() + " cells, found " + cells.length);
        }
        String pos = cells[1].strip();
        if (!pos.equals("verb") && !pos.equals("noun")) {
            throw new IllegalArgumentException("pos must be verb or noun, not '" + pos + "'");
        }
        TriggerRule.Pattern pattern;
        try {
            pattern = TriggerRule.Pattern.valueOf(cells[6].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown pattern '" + cells[6].strip() + "'");
        }
        return new TriggerRule(cells[0].strip().toLowerCase(Locale.ROOT), pos.equals("noun"), orNull(cells[2]),
                orNull(cells[3]), orNull(cells[4]), orNull(cells[5]), pattern);
    }

    private static String orNull(String cell) {
        String s = cell.strip();
        return s.isEmpty() || s.equals("-") ? null : s;
    }

    /** Every rule for this lemma and part of speech, rules with a cue first. */
    public List<TriggerRule> rules(String lemma, boolean noun) {
        return byKey.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), noun), List.of());
    }

    private static String key(String lemma, boolean noun) {
        return (noun ? "n:" : "v:") + lemma;
    }
}
