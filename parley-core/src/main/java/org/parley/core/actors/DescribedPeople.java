package org.parley.core.actors;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.core.places.Gazetteer;
import org.parley.core.places.Place;
import org.parley.model.Actor;
import org.parley.model.EntityType;
import org.parley.model.Token;

/**
 * The person a description stands for. A person fits when they are of the description's country,
 * and have its title's role (contain it, for a generic title) or look as its noun requires (see
 * {@link DescriptionNouns}). Without a title, a country or a "nearest" noun, the one fitting person
 * of the section; otherwise the nearest fitting person before it in the section — after it, in a
 * headline, which announces what follows — then after it, then the last fitting person found before
 * it in the article. Reads the reading's references, people and sections. Immutable and thread-safe.
 */
final class DescribedPeople {

    private final Countries countries;
    private final Gazetteer gazetteer;

    DescribedPeople(Countries countries, Gazetteer gazetteer) {
        this.countries = countries;
        this.gazetteer = gazetteer;
    }

    /**
     * The person the description at token {@code i} of sentence {@code s} stands for, or null.
     *
     * @param title   its title, or null when it is a noun
     * @param noun    its noun, or null when it is a title
     * @param country its country modifier's alpha-3 code, or null
     */
    Person resolve(ArticleReading r, int s, int i, Titles.Entry title, DescriptionNouns.Noun noun, String country) {
        String host = null;
        if (noun != null && noun.needsHost()) {
            host = hostCountry(r, s);
            if (host == null) {
                return null;
            }
        }
        Predicate<Person> fits = fits(title, noun, country, host);
        boolean needsUnique = title == null && country == null && !noun.nearest();
        List<Reference> sectionPeople = r.references().stream()
                .filter(f -> f.person() != null && r.sections().same(f.sentence(), s))
                .sorted(Comparator.comparingInt(Reference::position)).toList();
        if (needsUnique) {
            Set<Person> fitting = new LinkedHashSet<>();
            sectionPeople.stream().map(Reference::person).filter(fits).forEach(fitting::add);
            return fitting.size() == 1 ? fitting.iterator().next() : null;
        }
        int here = Reference.position(s, i);
        Person before = null;
        Person after = null;
        for (Reference f : sectionPeople) {
            if (!fits.test(f.person())) {
                continue;
            }
            if (f.position() < here) {
                before = f.person();
            } else if (after == null) {
                after = f.person();
            }
        }
        if (r.sections().isHeading(s) && after != null) {
            return after;
        }
        if (before != null) {
            return before;
        }
        if (after != null) {
            return after;
        }
        // Earlier in the article: the last fitting person in the order the passes found them.
        Person earlier = null;
        for (Reference f : r.references()) {
            if (f.person() != null && f.position() < here && fits.test(f.person())) {
                earlier = f.person();
            }
        }
        return earlier;
    }

    private static Predicate<Person> fits(Titles.Entry title, DescriptionNouns.Noun noun, String country, String host) {
        return p -> {
            Actor a = p.actor();
            if (country != null && !country.equals(a.country())) {
                return false;
            }
            if (title != null) {
                String role = a.role() == null ? "" : a.role();
                return title.generic() ? role.contains(title.role()) : role.equals(title.role());
            }
            return noun.fits(a, host);
        };
    }

    /** The country of the first city a section says something happens in ("in Hanoi"), or null. */
    private String hostCountry(ArticleReading r, int s) {
        for (int k = 0; k < r.sentenceCount(); k++) {
            if (!r.sections().same(k, s)) {
                continue;
            }
            List<Token> toks = r.tokens(k);
            for (int i = 1; i < toks.size(); i++) {
                if (!toks.get(i - 1).word().equalsIgnoreCase("in") || toks.get(i).ner() != EntityType.CITY) {
                    continue;
                }
                int end = i;
                while (end < toks.size() && toks.get(end).ner() == EntityType.CITY) {
                    end++;
                }
                String city = TokenRuns.written(toks, i, end);
                Optional<Country> capital = countries.byCapital(city);
                if (capital.isPresent()) {
                    return capital.get().alpha3();
                }
                List<Place> places = gazetteer.lookup(city);
                if (!places.isEmpty()) {
                    return places.get(0).country();
                }
            }
        }
        return null;
    }
}
