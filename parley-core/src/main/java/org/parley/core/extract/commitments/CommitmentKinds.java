package org.parley.core.extract.commitments;

import java.util.Set;
import org.parley.core.analysis.DependencyGraph;

/**
 * The kind a noun gives a commitment: a document noun (MOU / memorandum of understanding →
 * {@code mou}; MOC / memorandum of cooperation → {@code moc}; agreement, deal, accord, treaty,
 * pact → {@code agreement}, or {@code loan}/{@code grant} for "loan agreement"/"grant agreement"),
 * or a funding noun (loan, credit → {@code loan}; grant → {@code grant}; package, aid, ... →
 * {@code funding}). Stateless; one per sentence.
 */
final class CommitmentKinds {

    private static final Set<String> AGREEMENT_NOUNS = CommitmentWords.of("agreement_nouns");
    private static final Set<String> FUNDING_NOUNS = CommitmentWords.of("funding_nouns");

    private final DependencyGraph p;

    CommitmentKinds(DependencyGraph p) {
        this.p = p;
    }

    static boolean isFundingNoun(String lemma) {
        return FUNDING_NOUNS.contains(lemma);
    }

    /** The kind of the document noun {@code noun} names, or null when it names none. */
    String ofDocument(int noun) {
        String w = p.lemma(noun);
        String next = noun + 2 < p.size() && p.lower(noun + 1).equals("of") ? p.lower(noun + 2) : "";
        for (int c : p.childrenWithSubtypes(noun, "nmod")) {
            if (p.caseWord(c).equals("of")) {
                next = p.lower(c);
            }
        }
        if (w.equals("mou") || w.equals("mous") || (w.equals("memorandum") && !next.equals("cooperation"))) {
            return "mou";
        }
        if (w.equals("moc") || w.equals("mocs") || w.equals("memorandum")) {
            return "moc";
        }
        if (AGREEMENT_NOUNS.contains(w)) {
            for (int c : p.childrenWithSubtypes(noun, "compound")) {
                String k = ofFunding(c);
                if (isLoanOrGrant(k)) {
                    return k;
                }
            }
            return "agreement";
        }
        return null;
    }

    /** The kind of the funding noun {@code noun}, or null when it is none. */
    String ofFunding(int noun) {
        String w = p.lemma(noun);
        if (w.equals("loan") || w.equals("credit")) {
            return "loan";
        }
        if (w.equals("grant")) {
            return "grant";
        }
        return FUNDING_NOUNS.contains(w) ? "funding" : null;
    }

    static boolean isLoanOrGrant(String kind) {
        return "loan".equals(kind) || "grant".equals(kind);
    }
}
