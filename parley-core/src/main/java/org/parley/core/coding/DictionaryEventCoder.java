package org.parley.core.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.Sentence;

/**
 * Codes one dependency-parsed sentence with PETRARCH-format dictionaries, PETRARCH's semantics
 * adapted to dependencies: a sentence naming a discard phrase is not coded; each verb is looked up
 * in the verb dictionary (its word or lemma, multi-word verbs first); the family's patterns are
 * matched around it ({@link PatternMatcher}), the best giving the code, else the verb's own or its
 * family's; {@code [---]} means no event. Source and target come from the pattern's {@code $},
 * {@code +} and {@code %} slots, else from the parse ({@link EventSides}); each is coded with the
 * actor dictionary at the sentence date plus agents ({@link ActorPhraseCoder}), "A and B" giving
 * one event per actor pair; as in PETRARCH, an event needs both sides ({@link Dyads}), and the actors
 * of a compound slot without a target act on each other.
 * Verbs that give no event are reported with the reason ({@link CodingMiss}).
 *
 * <p>Immutable; thread-safe.
 */
public final class DictionaryEventCoder {

    private final CodingDictionaries dictionaries;
    private final PatternMatcher patterns;
    private final NounPhraseCodes nouns;
    private final VerbTargets targets;

    public DictionaryEventCoder(CodingDictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.patterns = new PatternMatcher(dictionaries.verbs());
        this.nouns = new NounPhraseCodes(new ActorPhraseCoder(dictionaries.actors(), dictionaries.agents()));
        this.targets = new VerbTargets(nouns, dictionaries.verbs());
    }

    /** The events of {@code sentence}, actors coded as of {@code date} (null: only undated codes apply). */
    public SentenceCoding code(Sentence sentence, LocalDate date) {
        DependencyGraph graph = new DependencyGraph(sentence);
        SentenceWords words = new SentenceWords(graph);
        Optional<String> discard = dictionaries.discards().firstIn(words.words());
        if (discard.isPresent()) {
            return new SentenceCoding(List.of(), List.of(new CodingMiss(-1, CodingMiss.Reason.DISCARDED, discard.get())));
        }
        List<CodedEvent> events = new ArrayList<>();
        List<CodingMiss> misses = new ArrayList<>();
        for (int v = 0; v < graph.size(); v++) {
            if (graph.isVerb(v)) {
                codeVerb(words, v, date, events, misses);
            }
        }
        return new SentenceCoding(events, misses);
    }

    private void codeVerb(SentenceWords words, int v, LocalDate date, List<CodedEvent> events, List<CodingMiss> misses) {
        DependencyGraph g = words.graph();
        Optional<VerbDictionary.Verb> verb = VerbLookup.find(dictionaries.verbs(), words, v);
        if (verb.isEmpty()) {
            misses.add(new CodingMiss(v, CodingMiss.Reason.NO_VERB_FAMILY, words.word(v)));
            return;
        }
        VerbFamily family = verb.get().family();
        List<Integer> after = EventSides.after(g, v);
        Optional<PatternMatcher.Match> match = patterns.best(family, words, EventSides.before(v), after);
        EventCode code = match.map(m -> m.pattern().code()).orElse(verb.get().code());
        String why = family.name() + match.map(m -> " pattern line " + m.pattern().line()).orElse(" verb alone");
        if (!code.isEvent()) {
            misses.add(new CodingMiss(v, match.isPresent() ? CodingMiss.Reason.NULL_CODE : CodingMiss.Reason.NO_PATTERN,
                    words.word(v) + " (" + why + ")"));
            return;
        }
        Map<PatternElement.Role, Integer> slots = match.map(PatternMatcher.Match::slots).orElse(Map.of());
        List<CodedEvent> among = amongCompound(words, slots, code, v, why, date);
        if (!among.isEmpty()) {
            events.addAll(among);
            return;
        }
        List<String> sources = side(words, slots.get(PatternElement.Role.SOURCE), subjectOf(g, v, slots), date);
        Integer targetSlot = slots.get(PatternElement.Role.TARGET);
        List<String> targets = targetSlot != null ? side(words, targetSlot, -1, date)
                : this.targets.of(words, v, date).codes();
        if (sources.isEmpty() && targets.isEmpty()) {
            misses.add(new CodingMiss(v, CodingMiss.Reason.NO_ACTORS, words.word(v) + " (" + why + ")"));
            return;
        }
        List<CodedEvent> coded = Dyads.events(sources, targets, code, v, why);
        if (coded.isEmpty()) {
            misses.add(new CodingMiss(v, CodingMiss.Reason.ONE_SIDED, words.word(v) + " (" + why + ")"));
        }
        events.addAll(coded);
    }

    /**
     * The events of a compound slot ({@code %}) without a target slot, as PETRARCH codes
     * "A and B have postponed their meeting": each actor of the coordination toward each other one.
     * Empty when the pattern has no such slot or it names fewer than two actors.
     */
    private List<CodedEvent> amongCompound(SentenceWords words, Map<PatternElement.Role, Integer> slots, EventCode code,
                                           int v, String why, LocalDate date) {
        Integer compound = slots.get(PatternElement.Role.COMPOUND);
        if (compound == null || slots.containsKey(PatternElement.Role.TARGET)) {
            return List.of();
        }
        int head = words.graph().coordinationHead(EventSides.phraseHead(words.graph(), compound));
        return Dyads.among(nouns.codes(words, head, date), code, v, why);
    }

    private static int subjectOf(DependencyGraph g, int v, Map<PatternElement.Role, Integer> slots) {
        Integer compound = slots.get(PatternElement.Role.COMPOUND);
        return compound != null ? compound : EventSides.subject(g, v);
    }

    /** The codes of one side: a slot's phrase when the pattern has one, else the phrase the parse gives. */
    private List<String> side(SentenceWords words, Integer slot, int fallback, LocalDate date) {
        int head = slot != null ? EventSides.phraseHead(words.graph(), slot) : fallback;
        return head < 0 ? List.of() : nouns.codes(words, head, date);
    }
}
