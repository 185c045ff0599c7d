package org.parley.eval.demo;

import java.util.List;
import java.util.Objects;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * One side of a gold encounter or act, written {@code "Name/ISO3"} (a person) or {@code "ISO3"} (a
 * country or its institutions).
 *
 * <p>An actor covers a named participant when it has that name, or when it is no person (a country,
 * a ministry, "the two sides") of the participant's country; it covers a country participant when
 * it is of that country.
 *
 * @param name    the person's full name as Parley prints it, or null for a country
 * @param country ISO 3166-1 alpha-3
 */
public record GoldParticipant(String name, String country) {
    public GoldParticipant {
        Objects.requireNonNull(country, "country");
        if (!country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not an ISO alpha-3 country: " + country);
        }
    }

    /** Reads {@code "Antony Blinken/USA"} or {@code "USA"}. */
    public static GoldParticipant parse(String written) {
        int slash = written.lastIndexOf('/');
        return slash < 0 ? new GoldParticipant(null, written.strip())
                : new GoldParticipant(written.substring(0, slash).strip(), written.substring(slash + 1).strip());
    }

    public static List<GoldParticipant> parseAll(List<String> written) {
        return written.stream().map(GoldParticipant::parse).toList();
    }

    /** Whether {@code actor} stands for this participant (see the class comment). */
    public boolean coveredBy(Actor actor) {
        if (name != null && actor.name().equalsIgnoreCase(name)) {
            return true;
        }
        boolean sameCountry = country.equals(actor.country());
        return name == null ? sameCountry : sameCountry && actor.kind() != ActorKind.PERSON;
    }

    /** Whether an actor of this name (not only of this country) covers it. */
    public boolean namedBy(Actor actor) {
        return name != null && actor.name().equalsIgnoreCase(name);
    }

    /** Whether some actor of {@code actors} covers every participant of {@code gold}. */
    public static boolean allCovered(List<GoldParticipant> gold, List<Actor> actors) {
        return gold.stream().allMatch(p -> actors.stream().anyMatch(p::coveredBy));
    }

    /** Whether every named participant of {@code gold} is covered by an actor of that very name. */
    public static boolean allNamed(List<GoldParticipant> gold, List<Actor> actors) {
        return gold.stream().allMatch(p -> p.name() == null ? actors.stream().anyMatch(p::coveredBy)
                : actors.stream().anyMatch(p::namedBy));
    }

    @Override
    public String toString() {
        return name == null ? country : name + "/" + country;
    }
}
