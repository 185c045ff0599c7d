package org.parley.core.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.core.analysis.CueWords;
import org.parley.model.ActorKind;
import org.parley.model.PartOfSpeech;
import org.parley.model.Token;

/**
 * "Japan said on Tuesday it had halted aid": an "it" that is the subject of what a country or
 * organisation opening the sentence reports (after a {@link CueWords#reportingForms() reporting
 * verb}, before the clause ends) is that country or organisation. Nothing else resolves "it": it is too often no actor
 * at all. Reads the references (the sentence's first one: not a person, group or people) and the
 * unclaimed tokens; adds at most one PRONOUN reference per sentence.
 */
final class ReportedItPass implements SentencePass {

    // the sentence's first reference must be final: a person pronoun opening it rules "it" out
    private static final Contract CONTRACT = new Contract(
            Set.of(ReadingFact.COUNTRIES, ReadingFact.ORGANIZATIONS, ReadingFact.PRONOUNS), ReadingFact.REPORTED_IT);

    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";");

    @Override
    public Contract contract() {
        return CONTRACT;
    }

    @Override
    public void read(ArticleReading r, int s) {
        int sentence = s;
        Reference first = r.inTextOrder().stream().filter(f -> f.sentence() == sentence).findFirst().orElse(null);
        if (first == null || first.begin() > 1 || first.group() >= 0 || first.isPerson()
                || first.resolved().kind() == ActorKind.GROUP) {
            return;
        }
        List<Token> toks = r.tokens(s);
        boolean reported = false;
        for (int i = first.end(); i < toks.size(); i++) {
            String w = toks.get(i).word();
            if (CueWords.reportingForms().contains(w.toLowerCase(Locale.ROOT))) {
                reported = true;
            } else if (reported && w.equals("it") && !r.isClaimed(s, i) && i + 1 < toks.size()
                    && (toks.get(i + 1).pos().isVerb() || toks.get(i + 1).pos() == PartOfSpeech.MODAL)) {
                r.claim(Reference.toActor(s, i, i + 1, ActorMention.Basis.PRONOUN, first.resolved()));
                return;
            } else if (CLAUSE_ENDS.contains(w)) {
                return;
            }
        }
    }
}
