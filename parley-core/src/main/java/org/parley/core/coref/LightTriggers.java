package org.parley.core.coref;

import java.util.List;
import java.util.Set;
import org.parley.core.data.TsvRows;

/**
 * Words that name too little of an event for their repetition to say two mentions are one event
 * ({@code light-triggers.tsv}): reporting verbs ("said" in two reports is two statements), light
 * verbs ("make", "have") and pronouns ("it", "this") that stand for an event named elsewhere.
 * {@link MentionAffinity} scores one such lemma {@link CorefWeights#lightTrigger()} instead of 1.
 *
 * <p>Immutable and thread-safe.
 */
public final class LightTriggers {

    static final String RESOURCE = "light-triggers.tsv";

    private static final class Bundled {
        static final LightTriggers INSTANCE = new LightTriggers(Set.copyOf(
                TsvRows.bundled(LightTriggers.class, RESOURCE, 2, row -> row.cell(0))));
    }

    private final Set<String> words;

    LightTriggers(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The bundled list. */
    public static LightTriggers bundled() {
        return Bundled.INSTANCE;
    }

    /** Whether the trigger's head or its whole phrase ("according to") is light. */
    public boolean isLight(Trigger t) {
        return words.contains(t.lemma()) || words.contains(t.phrase());
    }

    /** The light words, for tests and documentation. */
    List<String> words() {
        return words.stream().sorted().toList();
    }
}
