package org.parley.core.coref;

import java.util.Map;
import java.util.Set;

/** Small hand-made mentions and a two-concept sense inventory for the coreference tests. */
final class CorefFixtures {

    /** Knows that "hit"/"strike" share a sense, that "meeting" is what "meet" names, and one phrase. */
    static final SenseInventory SENSES = (lemma, wordClass) -> Map.of(
            "hit", Set.of("v:blow"), "strike", Set.of("v:blow"),
            "meet", Set.of("v:gather"), "meeting", Set.of("n:gathering", "v:gather"),
            "talk", Set.of("n:discussion"), "academy award", Set.of("n:oscar"), "oscar", Set.of("n:oscar"))
            .getOrDefault(lemma, Set.of());

    static final CorefWeights WEIGHTS = new CorefWeights(0.8, 0.3, 0.3, 0.2, 0.3, 0.2, 0.5, 0.1, 1.0, 30, 0.5, 8, 3, 0.5, 0.4, 0.5, 0.4, 1.0);

    private CorefFixtures() {
    }

    static CorefMention mention(String id, String doc, int sentence, String lemma, WordClass wordClass) {
        return new CorefMention(id, doc, sentence, new Trigger(lemma, wordClass), Arguments.NONE, null);
    }

    static CorefMention mention(String id, String doc, String lemma, Set<String> participants, Set<String> places,
                                Set<String> times) {
        return new CorefMention(id, doc, 0, new Trigger(lemma, WordClass.VERB),
                new Arguments(participants, places, Set.of(), times), null);
    }
}
