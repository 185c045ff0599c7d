package org.parley.core.extract.commitments;

import java.util.Set;
import org.parley.core.analysis.CueWords;
import org.parley.core.analysis.DependencyGraph;

/**
 * Whether a verb of a sentence states something done: negated ("did not sign"), hypothetical
 * ("could provide", "if they sign", "plans to sign"), future ("will provide"), or promised by its
 * governor ("agreed to provide"). Reads the parse, the lists of {@code commitment-words.tsv} and the
 * {@link CueWords#negations() negations}.
 * Stateless; one per sentence.
 */
final class Modality {

    private static final Set<String> NEGATIONS = CueWords.negations();
    private static final Set<String> HYPOTHETICAL_AUXILIARIES = CommitmentWords.of("hypothetical_auxiliaries");
    private static final Set<String> FUTURE_AUXILIARIES = CommitmentWords.of("future_auxiliaries");
    private static final Set<String> CONDITION_MARKS = CommitmentWords.of("condition_marks");
    private static final Set<String> PLAN_VERBS = CommitmentWords.of("plan_verbs");
    private static final Set<String> UNDERTAKING_VERBS = CommitmentWords.of("undertaking_verbs");
    /** A complement clause: its verb is what the governor plans or promises. */
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp");

    private final DependencyGraph p;

    Modality(DependencyGraph p) {
        this.p = p;
    }

    boolean negated(int verb) {
        return p.childrenWithSubtypes(verb, "advmod").stream().anyMatch(c -> NEGATIONS.contains(p.lower(c)))
                || p.childrenWithSubtypes(verb, "neg").size() > 0;
    }

    boolean hypothetical(int verb) {
        if (p.childrenWithSubtypes(verb, "aux").stream().anyMatch(c -> HYPOTHETICAL_AUXILIARIES.contains(p.lower(c)))) {
            return true;
        }
        if (p.childrenWithSubtypes(verb, "mark").stream().anyMatch(c -> CONDITION_MARKS.contains(p.lower(c)))) {
            return true;
        }
        int governor = p.governor(verb);
        return governor >= 0 && COMPLEMENTS.contains(p.relation(verb)) && PLAN_VERBS.contains(p.lemma(governor));
    }

    boolean future(int verb) {
        return p.childrenWithSubtypes(verb, "aux").stream().anyMatch(c -> FUTURE_AUXILIARIES.contains(p.lower(c)));
    }

    /** "agreed to provide", "pledged to give": an undertaking, i.e. a pledge. */
    boolean promisedBy(int verb) {
        int governor = p.governor(verb);
        return governor >= 0 && p.relation(verb).equals("xcomp") && UNDERTAKING_VERBS.contains(p.lemma(governor));
    }
}
