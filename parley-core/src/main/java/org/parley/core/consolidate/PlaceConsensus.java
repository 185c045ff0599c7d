package org.parley.core.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.parley.core.places.PlaceNames;
import org.parley.model.Conflict;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Location;

/**
 * The best-supported place of one consolidated event, and the conflict between its sources'
 * places. Places that are {@link SamePlace the same place} under different names form one group
 * (aliases are not conflicts); the group given by the most distinct documents wins, and within
 * it the most specific name (a city over its country, a geocoded name over a bare one) given by
 * the most documents. Two or more groups make a {@code location} conflict. Stateless.
 */
final class PlaceConsensus {

    record Outcome(Location location, Optional<Conflict> conflict) {
    }

    private static final class Group {
        final List<Location> locations = new ArrayList<>();
        final TreeSet<String> docs = new TreeSet<>();
        final List<Evidence> said = new ArrayList<>();

        Location representative() {
            return locations.stream().min(Comparator.comparing(SamePlace::isCountry)
                    .thenComparing(l -> l.lat() == null)
                    .thenComparing(l -> -count(l))
                    .thenComparing(l -> PlaceNames.normalize(l.name()))
                    .thenComparing(Location::name)).orElseThrow();
        }

        private long count(Location l) {
            return locations.stream().filter(l::equals).count();
        }
    }

    private PlaceConsensus() {
    }

    static Outcome of(List<EventMention> mentions) {
        List<EventMention> placed = new ArrayList<>(mentions.stream().filter(m -> m.location() != null).toList());
        // Specific places first, so a country joins the city group it contains.
        placed.sort(Comparator.comparing((EventMention m) -> SamePlace.isCountry(m.location()))
                .thenComparing(m -> PlaceNames.normalize(m.location().name()))
                .thenComparing(m -> m.evidence().doc()));
        List<Group> groups = new ArrayList<>();
        for (EventMention m : placed) {
            Group g = groups.stream().filter(x -> SamePlace.test(x.locations.get(0), m.location())).findFirst().orElse(null);
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.locations.add(m.location());
            g.docs.add(m.evidence().doc());
            g.said.add(m.evidence());
        }
        if (groups.isEmpty()) {
            return new Outcome(null, Optional.empty());
        }
        groups.sort(Comparator.comparingInt((Group g) -> -g.docs.size())
                .thenComparing(g -> SamePlace.isCountry(g.representative()))
                .thenComparing(g -> PlaceNames.normalize(g.representative().name())));
        Location best = groups.get(0).representative();
        if (groups.size() < 2) {
            return new Outcome(best, Optional.empty());
        }
        List<Conflict.Value> values = groups.stream()
                .map(g -> new Conflict.Value(g.representative().name(), List.copyOf(g.docs), g.said)).toList();
        return new Outcome(best, Optional.of(new Conflict("location", values, null)));
    }
}
