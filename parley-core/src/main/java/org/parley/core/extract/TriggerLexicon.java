package org.parley.core.extract;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.data.DataFileException;
import org.parley.core.data.TsvRows;

/**
 * The words that express events ({@code triggers.tsv}), looked up by lemma and part of speech.
 *
 * <p>Immutable and thread-safe. {@link #bundled()} reads the resource once per class loader.
 */
public final class TriggerLexicon {

    static final String RESOURCE = "triggers.tsv";
    private static final int COLUMNS = 7; // lemma pos type mode cameo cue pattern

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
        static final TriggerLexicon INSTANCE = new TriggerLexicon(
                TsvRows.bundled(TriggerLexicon.class, RESOURCE, COLUMNS, TriggerLexicon::row));
    }

    /** The lexicon bundled with Parley. */
    public static TriggerLexicon bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Reads a lexicon in the {@code triggers.tsv} layout.
     *
     * @throws DataFileException naming {@code source} and the line of every malformed row
     */
    public static TriggerLexicon read(Reader reader, String source) {
        return new TriggerLexicon(TsvRows.parse(reader, source, COLUMNS, TriggerLexicon::row));
    }

    private static TriggerRule row(TsvRows.Row row) {
        String pos = row.cell(1).strip();
        if (!pos.equals("verb") && !pos.equals("noun")) {
            throw new IllegalArgumentException("pos must be verb or noun, not '" + pos + "'");
        }
        TriggerRule.Pattern pattern;
        try {
            pattern = TriggerRule.Pattern.valueOf(row.cell(6).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown pattern '" + row.cell(6).strip() + "'");
        }
        return new TriggerRule(row.cell(0).strip().toLowerCase(Locale.ROOT), pos.equals("noun"), orNull(row.cell(2)),
                orNull(row.cell(3)), orNull(row.cell(4)), orNull(row.cell(5)), pattern);
    }

    private static String orNull(String cell) {
        String s = cell.strip();
        return s.isEmpty() || s.equals("-") ? null : s;
    }

    /** Every rule for this lemma and part of speech, rules with a cue first. */
    public List<TriggerRule> rules(String lemma, boolean noun) {
        return byKey.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), noun), List.of());
    }

    /**
     * Whether the verb with this lemma is a light verb, carrying a nominal trigger ("held talks"); a
     * light row with a cue only says the verb is no event in that use ("called on the Prime Minister").
     */
    public boolean isLightVerb(String lemma) {
        return rules(lemma, false).stream().anyMatch(r -> r.light() && r.cue() == null);
    }

    /** Whether the token is a light verb ("held" in "held talks"). */
    boolean lightVerbAt(DependencyGraph graph, int token) {
        return graph.isVerb(token) && isLightVerb(graph.lemma(token));
    }

    private static String key(String lemma, boolean noun) {
        return (noun ? "n:" : "v:") + lemma;
    }
}
