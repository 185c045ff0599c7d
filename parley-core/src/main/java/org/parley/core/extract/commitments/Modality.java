package org.parley.core.extract.commitments;

import java.util.List;
import java.util.Set;
import org.parley.core.analysis.CueWords;
import org.parley.core.analysis.Predicate;
import org.parley.core.analysis.Predicate.Cue;

/**
 * Whether a verb of a sentence states a commitment made, decided by the commitment frames' rules
 * over the cues of its {@link Predicate} (read once per article by {@code analysis.ArticleAnalysis},
 * the same cues the event passes' {@code extract.ModalityReader} reads with rules of its own):
 * <ul>
 *   <li>negated: a negation word ({@link CueWords#negations()}, matched on the word) by {@code advmod}
 *       or a subtype, or any {@code neg} dependent ("did not sign");</li>
 *   <li>hypothetical: an auxiliary of {@code hypothetical_auxiliaries} ("could provide"), a
 *       subordinator of {@code condition_marks} ("if they sign"), or the {@code xcomp}/{@code ccomp}
 *       of a verb of {@code plan_verbs} ("plans to sign");</li>
 *   <li>future: an auxiliary of {@code future_auxiliaries} ("will provide");</li>
 *   <li>promised by its governor: the {@code xcomp} of a verb of {@code undertaking_verbs} ("agreed to
 *       provide").</li>
 * </ul>
 * Auxiliaries and subordinators are matched on words, by their relation or its subtypes; the lists
 * are in {@code commitment-words.tsv}. Immutable; one per sentence.
 */
final class Modality {

    private static final Set<String> NEGATIONS = CueWords.negations();
    private static final Set<String> HYPOTHETICAL_AUXILIARIES = CommitmentWords.of("hypothetical_auxiliaries");
    private static final Set<String> FUTURE_AUXILIARIES = CommitmentWords.of("future_auxiliaries");
    private static final Set<String> CONDITION_MARKS = CommitmentWords.of("condition_marks");
    private static final Set<String> PLAN_VERBS = CommitmentWords.of("plan_verbs");
    private static final Set<String> UNDERTAKING_VERBS = CommitmentWords.of("undertaking_verbs");

    private final List<Predicate> predicates;

    /** @param predicates the sentence's predicates, one per token */
    Modality(List<Predicate> predicates) {
        this.predicates = List.copyOf(predicates);
    }

    boolean negated(int verb) {
        return predicates.get(verb).negations().stream().anyMatch(c -> c.relationWithSubtypes("neg")
                || c.relationWithSubtypes("advmod") && NEGATIONS.contains(c.word()));
    }

    boolean hypothetical(int verb) {
        Predicate p = predicates.get(verb);
        return auxiliaryIn(p, HYPOTHETICAL_AUXILIARIES)
                || p.marks().stream().anyMatch(c -> CONDITION_MARKS.contains(c.word()))
                // a complement clause: its verb is what the governor plans
                || p.complementOf(PLAN_VERBS, "xcomp", "ccomp");
    }

    boolean future(int verb) {
        return auxiliaryIn(predicates.get(verb), FUTURE_AUXILIARIES);
    }

    /** "agreed to provide", "pledged to give": an undertaking, i.e. a pledge. */
    boolean promisedBy(int verb) {
        return predicates.get(verb).complementOf(UNDERTAKING_VERBS, "xcomp");
    }

    private static boolean auxiliaryIn(Predicate p, Set<String> words) {
        return p.auxiliaries().stream().filter(c -> c.relationWithSubtypes("aux")).map(Cue::word)
                .anyMatch(words::contains);
    }
}
