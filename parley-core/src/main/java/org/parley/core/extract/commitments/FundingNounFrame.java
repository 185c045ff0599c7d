package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.Actor;
import org.parley.model.PartOfSpeech;

/**
 * Funding nouns with an amount: package, funding, fund, aid, assistance, financing, loan, grant,
 * credit with an amount in their phrase or right after them ("a package of $4 million", "a $50
 * million grant") that no earlier frame claimed. The party is the subject of the governing verb
 * (none when that verb is negated or hypothetical); for a fronted "Through a package of ..., X is
 * ..." the actors right after the comma.
 */
final class FundingNounFrame implements CommitmentFrame {

    private static final Set<String> FRONTING_PREPOSITIONS = CommitmentWords.of("fronting_prepositions");
    private static final Set<String> FRONTING_DETERMINERS = CommitmentWords.of("fronting_determiners");
    /** What may stand before a fronted phrase: the start of a clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(":", ",", "-", "--", ";");

    @Override
    public boolean triggers(DependencyGraph p, int i) {
        return !p.isVerb(i) && CommitmentKinds.isFundingNoun(p.lemma(i));
    }

    @Override
    public void readAt(SentenceFacts s, int noun, List<Draft> out) {
        DependencyGraph p = s.parse;
        Amount amount = s.amounts.in(p.phrase(noun));
        if (amount == null) {
            amount = s.amounts.rightAfter(noun);
        }
        if (amount == null || s.amounts.claimed(amount)) {
            return;
        }
        List<Actor> parties = new ArrayList<>();
        int comma = frontedPhraseEnd(p, noun, amount);
        if (comma >= 0) {
            parties.addAll(s.parties.runFrom(comma + 1));
        } else {
            int governor = p.governor(noun);
            if (governor >= 0 && p.isVerb(governor) && !p.relation(noun).startsWith("nsubj")) {
                if (s.modality.negated(governor) || s.modality.hypothetical(governor)) {
                    return;
                }
                parties.addAll(s.parties.subjectOf(governor));
            }
        }
        s.draft(out, noun, s.kinds.ofFunding(noun), null, parties, amount);
    }

    /** For "Through a package of $X in ..., SUBJECT verb": the comma closing the fronted phrase, else -1. */
    private static int frontedPhraseEnd(DependencyGraph p, int noun, Amount amount) {
        int start = noun - 1;
        while (start >= 0 && FRONTING_DETERMINERS.contains(p.lower(start))) {
            start--;
        }
        if (start < 0 || !FRONTING_PREPOSITIONS.contains(p.lower(start))) {
            return -1;
        }
        if (start > 0 && !CLAUSE_OPENERS.contains(p.word(start - 1))) {
            return -1;
        }
        for (int t = amount.end(); t < p.size(); t++) {
            if (p.word(t).equals(",")) {
                return t;
            }
            if (p.isVerb(t) && p.token(t).pos() != PartOfSpeech.VERB_PAST_PARTICIPLE) {
                return -1;
            }
        }
        return -1;
    }
}
