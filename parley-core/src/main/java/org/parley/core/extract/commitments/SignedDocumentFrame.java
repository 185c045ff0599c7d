package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.Actor;

/**
 * Signed documents: a verb sign/ink/conclude/seal/reach/strike/exchange/finalise whose object (or
 * passive subject) is a document noun, of the kind {@link CommitmentKinds#ofDocument} gives.
 * Parties: the subject and its conjuncts, the {@code with} partner, the passive {@code by} agent.
 * Amount: one inside the object's noun phrase ("a $500 million MOU"), or right after the verb for
 * a loan agreement; may be null. Title: {@link Titles}. A negated, hypothetical or future signing
 * ("will sign") is not made yet.
 */
final class SignedDocumentFrame implements CommitmentFrame {

    private static final Set<String> SIGN_VERBS = CommitmentWords.of("sign_verbs");
    private static final Set<String> SIGNING_PARTNER_CASES = CommitmentWords.of("signing_partner_cases");
    private static final Set<String> DOCUMENT_PARTNER_CASES = CommitmentWords.of("document_partner_cases");

    @Override
    public boolean triggers(DependencyGraph p, int i) {
        return p.isVerb(i) && SIGN_VERBS.contains(p.lemma(i));
    }

    @Override
    public void readAt(SentenceFacts s, int verb, List<Draft> out) {
        DependencyGraph p = s.parse;
        if (s.modality.negated(verb) || s.modality.hypothetical(verb) || s.modality.future(verb)) {
            return;
        }
        List<Integer> objects = new ArrayList<>(p.childrenWithSubtypes(verb, "obj"));
        p.childrenWithSubtypes(verb, "nsubj").stream().filter(c -> p.relation(c).equals("nsubj:pass"))
                .forEach(objects::add);
        for (int obj : objects) {
            for (int doc : p.withConjuncts(obj)) {
                String kind = s.kinds.ofDocument(doc);
                if (kind == null) {
                    continue;
                }
                List<Actor> parties = new ArrayList<>(s.parties.subjectOf(verb));
                for (int obl : p.childrenWithSubtypes(verb, "obl")) {
                    if (SIGNING_PARTNER_CASES.contains(p.caseWord(obl))) {
                        Parties.addAll(parties, s.parties.namedBy(obl));
                    }
                }
                for (int nmod : p.childrenWithSubtypes(doc, "nmod")) {
                    if (DOCUMENT_PARTNER_CASES.contains(p.caseWord(nmod))) {
                        Parties.addAll(parties, s.parties.namedBy(nmod));
                    }
                }
                TreeSet<Integer> phrase = p.phrase(doc);
                Amount amount = s.amounts.in(phrase);
                if (amount == null && kind.equals("loan")) {
                    amount = s.amounts.after(verb);
                }
                s.draft(out, verb, kind, s.titles.of(doc, phrase), parties, amount);
            }
        }
    }
}
