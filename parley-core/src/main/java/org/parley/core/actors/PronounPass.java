package org.parley.core.actors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Personal pronouns ("he", "his", "him", "she", "her"), resolved only when one person fits: in
 * "for his part", the person of the clause; else the one person named before it in its sentence
 * (none when a group of people comes first); else, with nobody before it, the first person named in
 * one of the two sentences before, within the section and after no headline. Reads the unclaimed
 * tokens and every reference so far; adds PRONOUN references.
 */
final class PronounPass extends ClaimingPass {

    private static final Set<String> PRONOUNS = Pronouns.standingFor(Pronouns.StandsFor.PERSON);
    private static final int SENTENCES_BACK = 2;

    PronounPass() {
        super(new Contract(Set.of(ReadingFact.SHORT_FORMS, ReadingFact.DESCRIPTIONS, ReadingFact.GROUPS),
                ReadingFact.PRONOUNS));
    }

    @Override
    Step at(ArticleReading r, int s, int i) {
        Person p = PRONOUNS.contains(r.lowerWords(s).get(i)) ? referent(r, s, i) : null;
        return p == null ? Step.nothingAt(i)
                : Step.found(Reference.toPerson(s, i, i + 1, ActorMention.Basis.PRONOUN, p));
    }

    private static Person referent(ArticleReading r, int s, int i) {
        List<String> words = r.words(s);
        // "For his part, Blinken ..." and "Blinken, for his part, ...": the person of the clause.
        if (i >= 1 && words.get(i - 1).equalsIgnoreCase("for") && i + 1 < words.size() && words.get(i + 1).equals("part")) {
            for (Reference f : r.references()) {
                if (f.sentence() == s && f.person() != null && (f.begin() == i + 3 || f.end() == i - 2)) {
                    return f.person();
                }
            }
            return null;
        }
        List<Reference> ordered = r.inTextOrder();
        Set<Person> inSentence = new LinkedHashSet<>();
        boolean groupBefore = false;
        for (Reference f : ordered) {
            if (f.sentence() == s && f.begin() < i) {
                if (f.person() != null) {
                    inSentence.add(f.person());
                } else if (f.basis() == ActorMention.Basis.GROUP && f.isPerson()) {
                    groupBefore = true;
                }
            }
        }
        if (groupBefore) {
            return null;
        }
        if (inSentence.size() == 1) {
            return inSentence.iterator().next();
        }
        if (inSentence.size() > 1) {
            return null;
        }
        for (int k = s - 1; k >= Math.max(0, s - SENTENCES_BACK); k--) {
            if (!r.sections().same(k, s) || r.sections().isHeading(k)) {
                return null;
            }
            int sentence = k;
            List<Reference> people = ordered.stream().filter(f -> f.sentence() == sentence && f.isPerson()).toList();
            if (people.isEmpty()) {
                continue;
            }
            Reference first = people.get(0);
            return first.basis() == ActorMention.Basis.GROUP ? null : first.person();
        }
        return null;
    }
}
