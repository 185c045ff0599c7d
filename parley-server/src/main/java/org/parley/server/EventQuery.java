package org.parley.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.core.extract.EventFilter;
import org.parley.model.Actor;
import org.parley.model.Event;

/**
 * Which events a client asked for; every criterion is optional (null or empty = any).
 *
 * @param actor     part of an actor's name or role, any case
 * @param countries one ISO alpha-3 code (an actor of that country on either side), or two (a dyad:
 *                  an actor of one country on one side and of the other on the other side)
 * @param type      PLOVER type or type/mode ({@code CONSULT/phone})
 * @param from      first day of the period (an event whose date interval overlaps it matches)
 * @param to        last day of the period
 * @param topic     a topic key the event carries
 * @param story     the story id
 * @param textIds   ids of the events a text query matched, or null when there was no text query
 */
public record EventQuery(String actor, List<String> countries, String type, LocalDate from, LocalDate to,
                         String topic, String story, Set<String> textIds) {

    public static final EventQuery ALL = new EventQuery(null, List.of(), null, null, null, null, null, null);

    public EventQuery {
        countries = countries == null ? List.of() : countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
        if (countries.size() > 2) {
            throw new IllegalArgumentException("country takes one code or a pair (USA,VNM), not " + countries.size());
        }
        for (String c : countries) {
            if (!c.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-3 code (e.g. VNM): " + c);
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The criteria the core's {@link EventFilter} checks (actor, one country, type, period). */
    EventFilter coreFilter() {
        return new EventFilter(actor, countries.size() == 1 ? countries.get(0) : null, type, from, to);
    }

    public boolean test(Event e) {
        if (!coreFilter().test(e)) {
            return false;
        }
        if (countries.size() == 2 && !dyad(e, countries.get(0), countries.get(1))) {
            return false;
        }
        if (topic != null && e.topics().stream().noneMatch(t -> t.equalsIgnoreCase(topic))) {
            return false;
        }
        if (story != null && !story.equals(e.story())) {
            return false;
        }
        return textIds == null || textIds.contains(e.id());
    }

    /** An actor of one country on one side and of the other country on the other side. */
    static boolean dyad(Event e, String a, String b) {
        return (has(e.source(), a) && has(e.target(), b)) || (has(e.source(), b) && has(e.target(), a));
    }

    static Stream<Actor> actors(Event e) {
        return Stream.concat(e.source().stream(), e.target().stream());
    }

    private static boolean has(List<Actor> side, String country) {
        return side.stream().anyMatch(x -> country.equals(x.country()));
    }
}
