package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.Actor;

/**
 * Money given or promised: a verb pledge/commit/promise/provide/give/offer/grant/lend/donate/
 * allocate/... whose object holds an amount, or that an amount follows within a few words
 * ("pledged $120 million", "will provide a loan of $X"). Kind: loan or grant when the object says
 * so, or the verb is grant or lend; else {@code pledge} for pledge/commit/promise, for any of these
 * verbs in the future ("will provide") and under an undertaking ("agreed to provide"); else
 * {@code funding}. Without an amount there is no commitment ("pledged continued support"); nor for
 * a negated or hypothetical verb. Parties: the giver, then the indirect object and the {@code to}/
 * {@code for} recipient.
 */
final class MoneyGivenFrame implements CommitmentFrame {

    private static final Set<String> PROMISE_VERBS = CommitmentWords.of("promise_verbs");
    private static final Set<String> GIVE_VERBS = CommitmentWords.of("give_verbs");
    private static final Set<String> RECIPIENT_CASES = CommitmentWords.of("recipient_cases");

    @Override
    public boolean triggers(DependencyGraph p, int i) {
        return p.isVerb(i) && (PROMISE_VERBS.contains(p.lemma(i)) || GIVE_VERBS.contains(p.lemma(i)));
    }

    @Override
    public void readAt(SentenceFacts s, int verb, List<Draft> out) {
        DependencyGraph p = s.parse;
        if (s.modality.negated(verb) || s.modality.hypothetical(verb)) {
            return;
        }
        Amount amount = null;
        String nounKind = null;
        for (int obj : p.childrenWithSubtypes(verb, "obj")) {
            TreeSet<Integer> phrase = p.phrase(obj);
            amount = amount != null ? amount : s.amounts.in(phrase);
            for (int t : phrase) {
                String k = s.kinds.ofFunding(t);
                if (CommitmentKinds.isLoanOrGrant(k)) {
                    nounKind = k;
                }
            }
        }
        if (amount == null) {
            amount = s.amounts.after(verb);
        }
        if (amount == null || s.amounts.claimed(amount)) {
            return;
        }
        List<Actor> parties = new ArrayList<>(s.parties.subjectOf(verb));
        for (int r : p.childrenWithSubtypes(verb, "iobj")) {
            Parties.addAll(parties, s.parties.namedBy(r));
        }
        for (int r : p.childrenWithSubtypes(verb, "obl")) {
            if (RECIPIENT_CASES.contains(p.caseWord(r))) {
                Parties.addAll(parties, s.parties.namedBy(r));
            }
        }
        s.draft(out, verb, kind(s, verb, nounKind), null, parties, amount);
    }

    private static String kind(SentenceFacts s, int verb, String nounKind) {
        String lemma = s.parse.lemma(verb);
        if (nounKind != null) {
            return nounKind;
        }
        if (lemma.equals("grant")) {
            return "grant";
        }
        if (lemma.equals("lend")) {
            return "loan";
        }
        if (PROMISE_VERBS.contains(lemma) || s.modality.future(verb) || s.modality.promisedBy(verb)) {
            return "pledge";
        }
        return "funding";
    }
}
