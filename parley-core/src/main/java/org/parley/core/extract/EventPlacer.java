package org.parley.core.extract;

import java.util.Optional;
import java.util.Set;
import org.parley.core.dateline.ArticleDateline;
import org.parley.model.Location;

/**
 * Places each event: the place visited, else an in/at place attached to the trigger or to one of
 * its arguments ("met ... in Hanoi"), geocoded; else the city an in/at phrase of the sentence states
 * when the report is filed from it (its dateline's city); else none (a later pass may inherit one). Reads
 * {@code ARGUMENTS} and {@code SIDES} (only events are placed); adds {@code PLACES}.
 */
final class EventPlacer implements EventPass {

    private final PlaceFinder places;

    EventPlacer(PlaceFinder places) {
        this.places = places;
    }

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.ARGUMENTS, Fact.SIDES), Set.of(Fact.PLACES));
    }

    @Override
    public void apply(ArticleEvents article) {
        article.revise(d -> Optional.of(d.withLocation(placeOf(article, d))));
    }

    private Location placeOf(ArticleEvents article, EventDraft d) {
        if (d.arguments().place() != null) {
            return d.arguments().place();
        }
        ArticleSentence s = article.sentence(d.sentence());
        Location venue = places.venue(s, d.token(), d.arguments().heads());
        if (venue != null) {
            return venue;
        }
        // "HANOI - The US pledged $120 million ..., as USAID and the ministry signed a memorandum in Hanoi":
        // the city the sentence states, where the report is filed from, is where the sentence's acts happened
        Location stated = places.statedCity(s);
        return stated != null && article.sections().dateline().map(ArticleDateline::place)
                .filter(city -> places.sameCity(city, stated)).isPresent() ? stated : null;
    }
}
