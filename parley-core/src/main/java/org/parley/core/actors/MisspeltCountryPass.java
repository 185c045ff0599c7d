package org.parley.core.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.core.places.Gazetteer;
import org.parley.model.Actor;
import org.parley.model.Token;

/**
 * Country names written with one letter too many or too few ("Ethopia", "Quatar", "Phillippines"):
 * an unclaimed capitalised proper noun of at least {@value #SHORTEST_WORD} letters that no list
 * knows as a place becomes a COUNTRY reference, as one {@link CountryPass} found, when exactly one
 * country's one-word name of at least {@value #SHORTEST_NAME} letters is one inserted or dropped
 * letter away. A changed letter does not count ("Columbia" is a university, a province and a district
 * more often than a misspelt Colombia; "Granada" is a city), nor a word that starts with the whole name
 * ("Koreas", "Omani"). Runs after the passes that know names exactly, so a word any of them reads is
 * never second-guessed.
 */
final class MisspeltCountryPass extends ClaimingPass {

    private static final int SHORTEST_WORD = 6;
    private static final int SHORTEST_NAME = 5;

    private final List<Country> oneWordNames;
    private final Countries countries;
    private final Gazetteer gazetteer;

    MisspeltCountryPass(Countries countries, Gazetteer gazetteer) {
        super(new Contract(Set.of(ReadingFact.DICTIONARY_COUNTRIES), ReadingFact.MISSPELT_COUNTRIES));
        this.countries = countries;
        this.gazetteer = gazetteer;
        this.oneWordNames = countries.all().stream()
                .filter(c -> c.sovereign() && c.name().length() >= SHORTEST_NAME && c.name().matches("\\p{L}+"))
                .toList();
    }

    @Override
    Step at(ArticleReading r, int s, int i) {
        Token t = r.tokens(s).get(i);
        String w = t.word();
        if (w.length() < SHORTEST_WORD || !TokenRuns.startsUpper(w) || !w.matches("\\p{L}+")
                || !t.pos().isProperNoun() || TokenRuns.isPersonTag(t)
                || countries.byName(w).isPresent() || !gazetteer.lookup(w).isEmpty()) {
            return Step.nothingAt(i);
        }
        Optional<Country> meant = meant(w);
        return meant.map(c -> Step.found(Reference.toActor(s, i, i + 1, ActorMention.Basis.COUNTRY,
                Actor.country(c.name(), c.alpha3())))).orElse(Step.nothingAt(i));
    }

    /** The one country whose name is one inserted or dropped letter away from {@code word}. */
    Optional<Country> meant(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<Country> near = oneWordNames.stream().filter(c -> {
            String name = c.name().toLowerCase(Locale.ROOT);
            return !w.startsWith(name) && oneLetterApart(w, name);
        }).toList();
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /** Whether the longer of the two is the shorter with one letter inserted. */
    static boolean oneLetterApart(String a, String b) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int k = 0;
        while (k < shorter.length() && longer.charAt(k) == shorter.charAt(k)) {
            k++;
        }
        return longer.substring(k + 1).equals(shorter.substring(k));
    }
}
