package org.parley.core.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One word of a sentence read as a predicate, with the words the parse attaches to it that may say
 * it was not simply done: negations, auxiliaries, subordinators, adjectival modifiers, and the word
 * it is the complement of. These are the cues only; what they mean is decided by the pass that
 * reads them (the event passes' {@code extract.ModalityReader}, the commitment frames'
 * {@code extract.commitments.Modality}), each with its own word lists.
 *
 * <p>Every cue gives its word and lemma lower-cased and its relation with subtype ("aux:pass"), so
 * a reader may match whole relation names or relations with their subtypes.
 *
 * @param sentence    the sentence's index in the article
 * @param token       the predicate's token in the sentence
 * @param lemma       its lemma, lower case (the word when the tagger gave none)
 * @param governor    the word it depends on, the cue's relation being the predicate's own ("xcomp" of
 *                    "failed" in "failed to reach"); null for the root or a token the parse left out
 * @param negations   dependents that negate it: a word of {@link CueWords#negations()} by lemma or by
 *                    word, or any dependent by {@code neg}
 * @param auxiliaries dependents whose relation starts with {@code aux} ("will", "would", "could", "'ll")
 * @param marks       dependents by {@code mark} or its subtypes ("if", "whether", "unless")
 * @param modifiers   dependents by {@code amod} or its subtypes ("planned", "upcoming")
 */
public record Predicate(int sentence, int token, String lemma, Cue governor, List<Cue> negations,
                        List<Cue> auxiliaries, List<Cue> marks, List<Cue> modifiers) {

    /** The relations by which a clause reports what its governor says ("said that it would ..."). */
    private static final Set<String> REPORTED_CLAUSES = Set.of("ccomp");

    /**
     * A word attached to a predicate.
     *
     * @param token    its token in the sentence
     * @param word     the word, lower case
     * @param lemma    its lemma, lower case
     * @param relation its relation to the predicate, with subtype (for a governor: the predicate's relation to it)
     */
    public record Cue(int token, String word, String lemma, String relation) {

        public Cue {
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(lemma, "lemma");
            Objects.requireNonNull(relation, "relation");
        }

        /** Whether the relation is {@code name} or one of its subtypes ("aux" matches "aux:pass"). */
        public boolean relationWithSubtypes(String name) {
            return relation.equals(name) || relation.startsWith(name + ":");
        }
    }

    public Predicate {
        Objects.requireNonNull(lemma, "lemma");
        negations = List.copyOf(negations);
        auxiliaries = List.copyOf(auxiliaries);
        marks = List.copyOf(marks);
        modifiers = List.copyOf(modifiers);
    }

    /**
     * Whether the predicate is the complement of one of {@code governors} (lemmas) by one of
     * {@code relations} (whole names): "failed to reach" is the {@code xcomp} of "fail".
     */
    public boolean complementOf(Set<String> governors, String... relations) {
        if (governor == null || !governors.contains(governor.lemma())) {
            return false;
        }
        for (String r : relations) {
            if (governor.relation().equals(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the predicate is what a reporting verb says ("said that it would withdraw"). */
    public boolean reported() {
        return governor != null && REPORTED_CLAUSES.contains(governor.relation())
                && CueWords.reportingLemmas().contains(governor.lemma());
    }
}
