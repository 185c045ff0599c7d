package org.parley.core.coding;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.core.analysis.DependencyGraph;

/**
 * Reads the CAMEO code of each verb of a dependency-parsed sentence from a verb dictionary, the
 * way {@link DictionaryEventCoder} chooses it (the verb's family found by {@link VerbLookup}, the
 * family's best pattern by {@link PatternMatcher}, over the words of the verb's own clause),
 * without coding actors: it says what the verb
 * phrase is and how sure the dictionary is, and leaves who did it to the caller. A sentence
 * naming a discard phrase (sports, films...) gets no codes.
 *
 * <p>Immutable; thread-safe.
 */
public final class VerbCodeReader {

    /** How the dictionary reached a verb's code. */
    public enum Basis {
        /** A pattern of the verb's family matched on words beyond the verb and gives an event. */
        PATTERN,
        /** A pattern of actor slots alone matched ({@code - * + [111]}): it reads no word beyond the verb. */
        SLOTS_ONLY,
        /** No pattern matched; the verb's own code gives an event ({@code DONATE [070]}). */
        VERB,
        /** No pattern matched; the verb has no code of its own and its family's gives an event. */
        FAMILY,
        /** A pattern matched and says the phrase is no event ({@code [---]}). */
        NO_EVENT,
        /** No pattern matched and the family gives no code alone ({@code [---]}): undecided. */
        UNDECIDED;

        /** Whether the dictionary gives an event code. */
        public boolean decided() {
            return this == PATTERN || this == SLOTS_ONLY || this == VERB || this == FAMILY;
        }
    }

    /**
     * What the dictionary says of one verb.
     *
     * @param verb   the verb's position in the sentence
     * @param family the verb family's name ({@code MEET_PEOPLE})
     * @param code   the code of the pattern, else of the verb, else of the family
     * @param line   the matching pattern's dictionary line, or 0
     * @param basis  how the code was reached
     */
    public record VerbCode(int verb, String family, EventCode code, int line, Basis basis) {
        public VerbCode {
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(basis, "basis");
        }

        /** A short explanation: the family and the pattern line, or why nothing was decided. */
        public String why() {
            return switch (basis) {
                case PATTERN -> family + " pattern line " + line + " [" + code + "]";
                case SLOTS_ONLY -> family + " pattern line " + line + " of actor slots only [" + code + "]";
                case VERB -> family + " verb's own code [" + code + "]";
                case FAMILY -> family + " family code, verb alone [" + code + "]";
                case NO_EVENT -> family + " pattern line " + line + " says no event";
                case UNDECIDED -> family + " gives no code without a pattern, none matched";
            };
        }
    }

    private final CodingDictionaries dictionaries;
    private final PatternMatcher patterns;

    public VerbCodeReader(CodingDictionaries dictionaries) {
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
        this.patterns = new PatternMatcher(dictionaries.verbs());
    }

    /** The codes of the sentence's verbs the dictionary has, by position; none when a discard phrase is in it. */
    public Map<Integer, VerbCode> codes(DependencyGraph graph) {
        SentenceWords words = new SentenceWords(graph);
        Map<Integer, VerbCode> out = new LinkedHashMap<>();
        if (dictionaries.discards().firstIn(words.words()).isPresent()) {
            return out;
        }
        for (int v = 0; v < graph.size(); v++) {
            if (graph.isVerb(v)) {
                code(words, v).ifPresent(c -> out.put(c.verb(), c));
            }
        }
        return out;
    }

    /**
     * The words after the verb in its own clause: {@link EventSides#after} without the verb's
     * complement clauses, whose words belong to another act ("took the occasion to extend his
     * regards to US leaders" is no arrest of leaders).
     */
    private static List<Integer> ownClause(DependencyGraph g, int v) {
        Set<Integer> complements = new HashSet<>();
        g.children(v, "xcomp", "ccomp").forEach(c -> complements.addAll(g.subtree(c)));
        return EventSides.after(g, v).stream().filter(i -> !complements.contains(i)).toList();
    }

    private static boolean readsWords(VerbPattern p) {
        return p.before().stream().anyMatch(e -> !(e instanceof PatternElement.Slot))
                || p.after().stream().anyMatch(e -> !(e instanceof PatternElement.Slot));
    }

    private Optional<VerbCode> code(SentenceWords words, int v) {
        Optional<VerbDictionary.Verb> verb = VerbLookup.find(dictionaries.verbs(), words, v);
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        VerbFamily family = verb.get().family();
        Optional<PatternMatcher.Match> match = patterns.best(family, words, EventSides.before(v),
                ownClause(words.graph(), v));
        if (match.isPresent()) {
            VerbPattern p = match.get().pattern();
            Basis basis = !p.code().isEvent() ? Basis.NO_EVENT : readsWords(p) ? Basis.PATTERN : Basis.SLOTS_ONLY;
            return Optional.of(new VerbCode(v, family.name(), p.code(), p.line(), basis));
        }
        EventCode alone = verb.get().code();
        Basis basis = !alone.isEvent() ? Basis.UNDECIDED : verb.get().form().code() != null ? Basis.VERB : Basis.FAMILY;
        return Optional.of(new VerbCode(v, family.name(), alone, 0, basis));
    }
}
