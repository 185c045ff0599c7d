package org.parley.core.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.model.Actor;
import org.parley.model.EntityType;
import org.parley.model.Token;

/**
 * Countries Parley's own list does not know by a name ("Bosnia", "Kampuchea"): an
 * unclaimed run of words tagged as a country that the actor dictionaries
 * ({@link DictionaryActors}) name as a bare country becomes a COUNTRY reference, as one
 * {@link CountryPass} found. Only those tags count: the dictionaries also list a country's cities and
 * provinces under its name, and a city is a place, not an actor.
 */
final class DictionaryCountryPass extends ClaimingPass {

    // not NATIONALITY: the dictionaries list languages under countries ("English" is GBR)
    private static final Set<EntityType> COUNTRY_TAGS = Set.of(EntityType.COUNTRY);

    private final DictionaryActors dictionary;
    private final Countries countries;

    DictionaryCountryPass(DictionaryActors dictionary, Countries countries) {
        super(new Contract(Set.of(ReadingFact.COUNTRIES), ReadingFact.DICTIONARY_COUNTRIES));
        this.dictionary = dictionary;
        this.countries = countries;
    }

    @Override
    Step at(ArticleReading r, int s, int i) {
        Optional<DictionaryActors.NameFound> found = COUNTRY_TAGS.contains(r.tokens(s).get(i).ner())
                ? dictionary.nameAt(r.dictionaryWords(s), i, r.date()) : Optional.empty();
        Optional<Country> country = found.isPresent() ? countryNamed(r, s, i, found.get()) : Optional.empty();
        if (country.isEmpty()) {
            return Step.nothingAt(i);
        }
        return Step.found(Reference.toActor(s, i, i + found.get().length(), ActorMention.Basis.COUNTRY,
                Actor.country(country.get().name(), country.get().alpha3())));
    }

    /** The country a found name stands for, when it is a bare country and all its words are tagged so. */
    private Optional<Country> countryNamed(ArticleReading r, int s, int begin, DictionaryActors.NameFound found) {
        int end = begin + found.length();
        if (!found.code().placeOnly() || !allTagged(r.tokens(s), begin, end) || r.claimedAny(s, begin, end)) {
            return Optional.empty();
        }
        if (countries.byName(TokenRuns.written(r.tokens(s), begin, end)).isPresent()) {
            return Optional.empty(); // a name the country pass knows and left: part of a place ("South China Sea")
        }
        return countries.byCode(found.code().country());
    }

    private static boolean allTagged(List<Token> toks, int begin, int end) {
        return toks.subList(begin, end).stream().allMatch(t -> COUNTRY_TAGS.contains(t.ner()));
    }
}
