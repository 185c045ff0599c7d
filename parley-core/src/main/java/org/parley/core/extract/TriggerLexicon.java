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

    /**
     * Whether the noun with this lemma is a light noun, carrying the nominal trigger compounded with
     * it or named in its of-phrase ("a mediation effort", "a round of talks"): the act is the trigger's,
     * the clause around it is the light noun's.
     */
    public boolean isLightNoun(String lemma) {
        return rules(lemma, true).stream().anyMatch(r -> r.light() && r.cue() == null);
    }

    /**
     * Where a nominal trigger stands in its clause: the light noun carrying it ("mediation" in
     * "launched a mediation effort between ...", "talks" in "held a round of talks"), else the
     * trigger itself. An of-phrase is carried only as what a light verb holds ("launched ten days of war
     * games"): "agreed to a ceasefire after two days of fighting" dates the agreement, it reports no new act.
     */
    public int carrierOf(DependencyGraph graph, int token) {
        int head = graph.governor(token);
        if (head < 0 || !graph.isNoun(token) || !graph.isNoun(head) || !isLightNoun(graph.lemma(head))) {
            return token;
        }
        if (graph.relation(token).equals("compound") && head > token) {
            return head;
        }
        int verb = graph.governor(head);
        boolean held = verb >= 0 && lightVerbAt(graph, verb) && graph.relation(head).equals("obj");
        boolean ofPhrase = graph.baseRelation(token).equals("nmod") && graph.caseLemma(token).equals("of") && head < token;
        return held && ofPhrase ? head : token;
    }

    /**
     * Whether the verb carries the nominal trigger as a light verb does: a light verb, or the verb
     * the trigger's own {@code by:} cue names ("gave a warm welcome": GIVE "RECEPTION" in the CAMEO
     * verb dictionary).
     */
    public boolean carries(DependencyGraph graph, int verb, TriggerRule nounRule) {
        return lightVerbAt(graph, verb) || graph.isVerb(verb) && nounRule.cue() != null
                && nounRule.cue().equals("by:" + graph.lemma(verb));
    }

    /**
     * The light verb that carries a nominal trigger, through the light noun carrying it if any
     * ("declared a state of siege", "ended mediation efforts"), or -1 when none does.
     */
    int lightVerbCarrying(DependencyGraph graph, int noun) {
        int verb = graph.governor(carrierOf(graph, noun));
        return verb >= 0 && lightVerbAt(graph, verb) ? verb : -1;
    }

    /** Whether the token is a light verb ("held" in "held talks"). */
    boolean lightVerbAt(DependencyGraph graph, int token) {
        return graph.isVerb(token) && isLightVerb(graph.lemma(token));
    }

    private static String key(String lemma, boolean noun) {
        return (noun ? "n:" : "v:") + lemma;
    }
}
