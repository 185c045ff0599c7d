package org.parley.core.actors;

import java.util.List;
import java.util.Set;
import org.parley.core.places.Countries;
import org.parley.model.Actor;
import org.parley.model.Token;

/**
 * A noun that stands for the state ({@link CollectiveNouns}: administration, government, regime)
 * owned by a person ("Biden's administration", "the Chancellor's government") is that person's
 * country, when the collectives pass found no country for it. Reads the collectives and the people
 * (short forms grounded); replaces the noun's reference.
 */
final class OwnedStatePass implements ReadingPass {

    private static final Contract CONTRACT = new Contract(Set.of(ReadingFact.COLLECTIVES, ReadingFact.SHORT_FORMS),
            ReadingFact.OWNED_STATES);

    private final Countries countries;

    OwnedStatePass(Countries countries) {
        this.countries = countries;
    }

    @Override
    public Contract contract() {
        return CONTRACT;
    }

    @Override
    public void apply(ArticleReading r) {
        List<Reference> found = r.references();
        for (int k = 0; k < found.size(); k++) {
            Reference f = found.get(k);
            if (f.person() != null || f.actor() == null || f.actor().country() != null || f.end() - f.begin() != 1) {
                continue;
            }
            List<Token> toks = r.tokens(f.sentence());
            boolean stateNoun = CollectiveNouns.of(toks.get(f.begin()).word()).map(CollectiveNouns.Collective::state)
                    .orElse(false);
            if (!stateNoun || f.begin() < 2 || !TokenRuns.isPossessive(toks.get(f.begin() - 1).word())) {
                continue;
            }
            String country = ownerCountry(found, f.sentence(), f.begin() - 1);
            if (country == null) {
                continue;
            }
            int index = k;
            countries.byCode(country).ifPresent(c -> r.replace(index, new Reference(f.sentence(), f.begin(), f.end(),
                    ActorMention.Basis.COUNTRY, null, Actor.country(c.name(), c.alpha3()), f.group())));
        }
    }

    /** The country of the person whose reference ends at token {@code end} of sentence {@code s}, or null. */
    private static String ownerCountry(List<Reference> found, int s, int end) {
        for (Reference owner : found) {
            if (owner.sentence() == s && owner.end() == end && owner.isPerson() && owner.resolved() != null) {
                return owner.resolved().country();
            }
        }
        return null;
    }
}
