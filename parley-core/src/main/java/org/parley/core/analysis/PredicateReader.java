package org.parley.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@link Predicate}s of one sentence from its {@link DependencyGraph}: every token, since
 * an event may be told by a verb, a noun ("the planned visit") or an adjective, and a modality rule
 * may climb through any governor ("is ready to sign"). One reader for every stage, so events and
 * commitments see the same cues. Stateless and thread-safe.
 */
final class PredicateReader {

    private static final Set<String> NEGATIONS = CueWords.negations();

    private PredicateReader() {
    }

    /** One predicate per token of the sentence, in token order. */
    static List<Predicate> read(DependencyGraph g) {
        List<Predicate> out = new ArrayList<>(g.size());
        int sentence = g.sentence().index();
        for (int i = 0; i < g.size(); i++) {
            List<Predicate.Cue> negations = new ArrayList<>();
            List<Predicate.Cue> auxiliaries = new ArrayList<>();
            List<Predicate.Cue> marks = new ArrayList<>();
            List<Predicate.Cue> modifiers = new ArrayList<>();
            for (int c : g.children(i)) {
                Predicate.Cue cue = cue(g, c);
                if (NEGATIONS.contains(cue.lemma()) || NEGATIONS.contains(cue.word())
                        || cue.relationWithSubtypes("neg")) {
                    negations.add(cue);
                }
                if (cue.relation().startsWith("aux")) {
                    auxiliaries.add(cue);
                }
                if (cue.relationWithSubtypes("mark")) {
                    marks.add(cue);
                }
                if (cue.relationWithSubtypes("amod")) {
                    modifiers.add(cue);
                }
            }
            int gov = g.governor(i);
            Predicate.Cue governor = gov < 0 ? null : new Predicate.Cue(gov, g.lower(gov), g.lemma(gov), g.relation(i));
            out.add(new Predicate(sentence, i, g.lemma(i), governor, negations, auxiliaries, marks, modifiers));
        }
        return List.copyOf(out);
    }

    private static Predicate.Cue cue(DependencyGraph g, int c) {
        return new Predicate.Cue(c, g.lower(c), g.lemma(c), g.relation(c));
    }
}
