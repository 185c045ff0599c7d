package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.extract.EventWords.PrepositionRole;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.core.places.Gazetteer;
import org.parley.core.places.Place;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.Location;

/**
 * Reads places from a sentence's parse and grounds them: the place a visit goes to, the venue of
 * an event ("met ... in Hanoi"), the phrases where an act happens ("protested in Zimbabwe"),
 * geocoded with the {@link Gazetteer} and the {@link Countries}. Used by the argument, side and
 * placing passes. Immutable and thread-safe.
 */
final class PlaceFinder {

    /** Entity classes that name places. */
    private static final Set<EntityType> PLACE_TAGS = Set.of(EntityType.CITY, EntityType.COUNTRY,
            EntityType.STATE_OR_PROVINCE, EntityType.LOCATION);
    /** How the parser hangs a person's name on its title or on the trigger when it splits them. */
    private static final Set<String> SPLIT_NAME_RELATIONS = Set.of("dep", "appos");
    /** A place visited: the country it is in (an actor) and where it is. */
    record Visited(Actor country, Location location) {
    }

    private final Gazetteer gazetteer;
    private final Countries countries;
    private final EnumWordLists<PrepositionRole> prepositions;

    PlaceFinder(Gazetteer gazetteer, Countries countries, EventWords words) {
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.prepositions = words.prepositions();
    }

    /**
     * The country and location of a place visited ("visit to Vietnam", "visited Hanoi"), or null; a
     * common noun stands for the place it is named after ("in Montenegro province", "in the
     * capital city of Algiers").
     */
    Visited visited(ArticleSentence s, int head) {
        Visited named = placeAt(s, head);
        DependencyGraph g = s.graph();
        if (named != null || !g.isNoun(head) || g.token(head).pos().isProperNoun()) {
            return named;
        }
        for (int c : g.children(head)) {
            boolean namedAfter = g.relation(c).equals("compound") && isPlaceName(g, c)
                    || g.baseRelation(c).equals("nmod") && g.caseLemma(c).equals("of");
            Visited place = namedAfter ? placeAt(s, c) : null;
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    private Visited placeAt(ArticleSentence s, int head) {
        DependencyGraph g = s.graph();
        Optional<EntityMention> entity = s.entityAt(head);
        String name = entity.map(EntityMention::text).orElse(g.token(head).word());
        EntityType tag = g.token(head).ner();
        if (tag == EntityType.COUNTRY || entity.map(e -> e.type() == EntityType.COUNTRY).orElse(false)) {
            Visited asActor = countryActorCovering(s, head);
            if (asActor != null) {
                return asActor; // "in Northern Ireland": the actor names the whole place, the tagger only "Ireland"
            }
            return countries.byName(name).map(c -> new Visited(Actor.country(c.name(), c.alpha3()),
                    new Location(c.name(), c.alpha3(), c.lat(), c.lon()))).orElse(null);
        }
        if (isPlaceName(g, head)) {
            Location location = geocode(name);
            if (location != null && location.country() != null) {
                return countries.byCode(location.country())
                        .map(c -> new Visited(Actor.country(c.name(), c.alpha3()), location)).orElse(null);
            }
            if (location == null) {
                Visited located = locatedByTheText(s, head, name);
                if (located != null) {
                    return located;
                }
            }
        }
        // a country actor named otherwise ("the US")
        return countryActorCovering(s, head);
    }

    /**
     * A place the gazetteer lacks, in the country its own in-phrase, or that of the common noun it
     * names, gives ("the town of Cizre in southeastern Turkey"), or null. The parser may hang that
     * in-phrase on the noun or on the clause the noun's own phrase is in: both are read.
     */
    private Visited locatedByTheText(ArticleSentence s, int head, String name) {
        DependencyGraph g = s.graph();
        List<Integer> phrases = new ArrayList<>(g.childrenWithSubtypes(head, "nmod"));
        int noun = g.governor(head);
        boolean namesItsNoun = noun >= 0 && g.baseRelation(head).equals("nmod") && g.caseLemma(head).equals("of")
                && g.isNoun(noun); // "the town of Cizre"
        if (namesItsNoun) {
            phrases.addAll(g.childrenWithSubtypes(noun, "nmod")); // "the town of Cizre in ...": the in-phrase hangs on "town"
            int clause = g.governor(noun);
            if (clause >= 0 && isPlacePreposition(g.caseLemma(noun))) {
                phrases.addAll(g.childrenWithSubtypes(clause, "obl")); // "imposed a curfew in the town of Cizre in Turkey"
                phrases.addAll(g.childrenWithSubtypes(clause, "nmod"));
            }
        }
        for (int c : phrases) {
            if (c != head && g.caseLemma(c).equals("in") && g.token(c).ner() == EntityType.COUNTRY) {
                Visited country = placeAt(s, c);
                if (country != null) {
                    return new Visited(country.country(), new Location(name, country.country().country(), null, null));
                }
            }
        }
        if (namesItsNoun) {
            for (int m : g.children(noun, "amod")) {
                Visited country = countryActorCovering(s, m); // "the Iraqi city of Basra"
                if (country != null) {
                    return new Visited(country.country(), new Location(name, country.country().country(), null, null));
                }
            }
        }
        return null;
    }

    /** The country an actor whose mention covers the token stands for, as a place, or null. */
    private Visited countryActorCovering(ArticleSentence s, int head) {
        for (Actor a : s.covering(head)) {
            if (a.kind() == ActorKind.COUNTRY && a.country() != null) {
                Optional<Country> c = countries.byCode(a.country());
                if (c.isPresent()) {
                    return new Visited(a, new Location(c.get().name(), a.country(), c.get().lat(), c.get().lon()));
                }
            }
        }
        return null;
    }

    /** Whether a phrase is a place, not a party: a place other than a country, or an in/at phrase. */
    boolean isPlace(DependencyGraph g, int token) {
        return isPlaceName(g, token) && g.token(token).ner() != EntityType.COUNTRY
                || prepositions.contains(PrepositionRole.VENUE, g.caseLemma(token));
    }

    /** Whether a token is tagged as a place name that is not an actor. */
    boolean isPlaceName(DependencyGraph g, int token) {
        return PLACE_TAGS.contains(g.token(token).ner());
    }

    /**
     * The in/at/outside/near phrases of a trigger, and the places its oblique phrases contain
     * ("at a jail in northern Israel", "in the northern city of Kirkuk"), nearest first.
     */
    List<Integer> placeArguments(DependencyGraph g, int trigger) {
        List<Integer> out = new ArrayList<>();
        List<Integer> frontier = new ArrayList<>();
        for (int c : g.children(trigger)) {
            String rel = g.baseRelation(c);
            if (rel.equals("obl") || rel.equals("nmod")) {
                if (isPlacePreposition(g.caseLemma(c))) {
                    out.add(c);
                }
                frontier.add(c); // "on Tuesday in Serbia": the place hangs on the day
            }
        }
        for (int depth = 0; depth < 2; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : frontier) {
                for (int c : g.children(node)) {
                    if (g.baseRelation(c).equals("nmod") && (isPlacePreposition(g.caseLemma(c))
                            || g.caseLemma(c).equals("of"))) {
                        out.add(c);
                        next.add(c);
                    }
                }
            }
            frontier = next;
        }
        return out;
    }

    /**
     * The places the act at {@code trigger} happens in or leaves, as its {@link #placeArguments}
     * name them, nearest first; phrases that name no place the gazetteer or the actors know are skipped.
     */
    List<Visited> placesOfTheAct(ArticleSentence s, int trigger) {
        return placesAt(s, placeArguments(s.graph(), trigger));
    }

    /** The places the phrases name, in their order; phrases that name none are skipped. */
    List<Visited> placesAt(ArticleSentence s, List<Integer> phrases) {
        List<Visited> out = new ArrayList<>();
        for (int c : phrases) {
            Visited place = visited(s, c);
            if (place != null) {
                out.add(place);
            }
        }
        return out;
    }

    /** Whether a preposition introduces where an act happens or what it leaves ("in Zimbabwe", "from Bosnia"). */
    boolean isPlacePreposition(String preposition) {
        return prepositions.contains(PrepositionRole.PLACE, preposition);
    }

    /**
     * An in/at place attached to the trigger, to one of its arguments or to a participant's name the
     * parser split from its title ("talks with Nigeria's Minister ... Yusuf Tuggar in Abuja"), or null.
     * A building the gazetteer does not know is placed in the city its own in-phrase names ("at the
     * Itamaraty Palace in Brasilia").
     */
    Location venue(ArticleSentence s, int trigger, List<Integer> heads) {
        DependencyGraph g = s.graph();
        List<Integer> anchors = new ArrayList<>();
        anchors.add(trigger);
        anchors.addAll(heads);
        for (int anchor : List.copyOf(anchors)) {
            for (int c : g.children(anchor)) {
                if (SPLIT_NAME_RELATIONS.contains(g.relation(c)) && !s.actorsAt(c).isEmpty()) {
                    anchors.add(c);
                }
            }
        }
        for (int anchor : anchors) {
            for (int c : g.children(anchor)) {
                Location location = isVenuePhrase(g, c) ? venueAt(s, c) : null;
                if (location != null) {
                    return location;
                }
            }
        }
        return null;
    }

    /** Whether a dependent is an in/at phrase ("in Hanoi", "at the Presidential Palace"). */
    private boolean isVenuePhrase(DependencyGraph g, int c) {
        String rel = g.baseRelation(c);
        return (rel.equals("obl") || rel.equals("nmod")) && prepositions.contains(PrepositionRole.VENUE, g.caseLemma(c));
    }

    /** The place an in/at phrase names, or the city a building it names is in; null when neither is known. */
    private Location venueAt(ArticleSentence s, int c) {
        DependencyGraph g = s.graph();
        if (!isPlaceName(g, c)) {
            return g.token(c).pos().isProperNoun() ? cityOfBuilding(s, c) : null;
        }
        EntityType tag = g.token(c).ner();
        String name = s.entityAt(c).map(EntityMention::text).orElse(g.token(c).word());
        Location location = tag == EntityType.COUNTRY ? countryLocation(name) : geocode(name);
        if (location != null) {
            return location;
        }
        if (tag != EntityType.LOCATION) {
            return new Location(name, null, null, null);
        }
        // A sea or region the gazetteer does not know ("in the Red Sea") is what was discussed far
        // more often than where: no venue, unless it is a building with its city ("the Itamaraty Palace in Brasilia").
        return cityOfBuilding(s, c);
    }

    /** The first city an in/at phrase of the sentence names ("... held talks with Son in Hanoi"), geocoded, or null. */
    Location statedCity(ArticleSentence s) {
        DependencyGraph g = s.graph();
        for (int t = 0; t < g.size(); t++) {
            if (g.token(t).ner() == EntityType.CITY && isVenuePhrase(g, t)) {
                Location city = geocode(s.entityAt(t).map(EntityMention::text).orElse(g.token(t).word()));
                if (city != null) {
                    return city;
                }
            }
        }
        return null;
    }

    /** Whether a place name (a dateline's "HANOI") is the city {@code city} (geocoded): the same gazetteer place. */
    boolean sameCity(String name, Location city) {
        Location named = name == null ? null : geocode(name);
        return named != null && named.name().equals(city.name()) && Objects.equals(named.country(), city.country());
    }

    /** The city a building's own in-phrase names ("the Presidential Palace in Hanoi"), geocoded, or null. */
    private Location cityOfBuilding(ArticleSentence s, int building) {
        DependencyGraph g = s.graph();
        for (int c : g.children(building)) {
            if (isVenuePhrase(g, c) && isPlaceName(g, c) && g.token(c).ner() != EntityType.COUNTRY) {
                Location city = geocode(s.entityAt(c).map(EntityMention::text).orElse(g.token(c).word()));
                if (city != null) {
                    return city;
                }
            }
        }
        return null;
    }

    private Location countryLocation(String name) {
        return countries.byName(name).map(c -> new Location(c.name(), c.alpha3(), c.lat(), c.lon())).orElse(null);
    }

    private Location geocode(String name) {
        List<Place> places = gazetteer.lookup(name);
        if (places.isEmpty()) {
            // "Washington DC, USA" and "Washington, D.C." are tagged as one mention: try the first part
            String first = name.split(",")[0].strip();
            places = gazetteer.lookup(first);
            if (places.isEmpty()) {
                return null;
            }
        }
        Place p = places.get(0);
        return new Location(p.name(), p.country(), p.lat(), p.lon());
    }
}
