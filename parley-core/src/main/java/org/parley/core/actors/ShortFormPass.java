package org.parley.core.actors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.kb.OfficeTerm;
import org.parley.model.Token;

/**
 * Short forms of people ("Son", "Secretary Blinken", "PM Chinh"). Reads the unclaimed proper nouns
 * and the NAMED references; adds a SHORT_FORM reference, grown over its title and country modifier,
 * to the person whose full mention with that short form is nearest before, else nearest after. A
 * surname the text never introduced ("President Biden") is the knowledge base's one holder of that
 * name (and of the title's office, at the reference date), met then.
 */
final class ShortFormPass extends ClaimingPass {

    private final OfficeHolders kb;
    private final NameModifiers modifiers;

    ShortFormPass(OfficeHolders kb, NameModifiers modifiers) {
        // a capitalised word the first passes took (an organisation, a country, a body) is no short form
        super(new Contract(Set.of(ReadingFact.FULL_NAMES, ReadingFact.ORGANIZATIONS, ReadingFact.COUNTRIES,
                ReadingFact.COLLECTIVES, ReadingFact.GROUNDED_PEOPLE), ReadingFact.SHORT_FORMS));
        this.kb = kb;
        this.modifiers = modifiers;
    }

    @Override
    Step at(ArticleReading r, int s, int i) {
        Token t = r.tokens(s).get(i);
        if (t.word().length() < 2 || !TokenRuns.startsUpper(t.word())
                || !(t.pos().isProperNoun() || TokenRuns.isPersonTag(t))) {
            return Step.nothingAt(i);
        }
        Person p = nearestAnsweringTo(r, t.word(), s, i);
        if (p == null) {
            Optional<Titles.Match> title = Titles.endingAt(r.words(s), i);
            p = kbShortForm(r, t, title.orElse(null));
        }
        if (p == null) {
            return Step.nothingAt(i);
        }
        int begin = modifiers.mentionBegin(r, s, i, null);
        return Step.found(Reference.toPerson(s, begin, i + 1, ActorMention.Basis.SHORT_FORM, p));
    }

    /** The person with this short form whose full mention is nearest before, else nearest after. */
    private static Person nearestAnsweringTo(ArticleReading r, String word, int s, int i) {
        Reference before = null;
        Reference after = null;
        for (Reference f : r.references()) {
            if (f.person() == null || f.basis() != ActorMention.Basis.NAMED || !f.person().answersTo(word)) {
                continue;
            }
            boolean isBefore = f.sentence() < s || (f.sentence() == s && f.begin() < i);
            if (isBefore) {
                if (before == null || f.position() > before.position()) {
                    before = f;
                }
            } else if (after == null || f.position() < after.position()) {
                after = f;
            }
        }
        return before != null ? before.person() : after != null ? after.person() : null;
    }

    /** A surname the text does not introduce ("President Biden"): the knowledge base, if one person fits. */
    private Person kbShortForm(ArticleReading r, Token t, Titles.Match title) {
        if (title == null && !TokenRuns.isPersonTag(t)) {
            return null;
        }
        List<OfficeTerm> terms = r.date() == null ? kb.matchingName(t.word()) : kb.matchingName(t.word(), r.date());
        if (title != null && title.entry().office() != null) {
            terms = terms.stream().filter(x -> x.office().equals(title.entry().office())).toList();
        }
        Set<String> names = new LinkedHashSet<>();
        terms.forEach(x -> names.add(x.name()));
        if (names.size() != 1) {
            return null;
        }
        Person p = r.people().meet(names.iterator().next());
        if (title != null) {
            p.titleIfNone(title);
        }
        return p;
    }
}
