package org.parley.core.extract;

import java.util.Optional;
import java.util.Set;

/**
 * Places each event: the place visited, else an in/at place attached to the trigger or to one of
 * its arguments ("met ... in Hanoi"), geocoded; else none (a later pass may inherit one). Reads
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
        article.revise(d -> Optional.of(d.withLocation(d.arguments().place() != null ? d.arguments().place()
                : places.venue(article.sentence(d.sentence()), d.token(), d.arguments().heads()))));
    }
}
