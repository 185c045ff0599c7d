package org.parley.core.consolidate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.parley.core.extract.EventFilter;
import org.parley.model.Actor;
import org.parley.model.Event;

/**
 * Timelines of consolidated events: the events of a dyad (two countries) or of one actor, in date
 * order. An event sorts at the first day its date can denote, a day before a month that starts on
 * it; undated events come last; ties are broken by id, so the order is stable.
 *
 * <p>By default a timeline shows the headline events ({@link #HEADLINE_TYPES}: consultations,
 * agreements, aid and cooperation — what changes a relationship); statements of support, requests
 * and the like appear with {@code all}. Pure, stateless and thread-safe.
 */
public final class TimelineBuilder {

    /** The types a default timeline shows. */
    public static final Set<String> HEADLINE_TYPES = Set.of("CONSULT", "AGREE", "AID", "COOPERATE");

    private TimelineBuilder() {
    }

    /**
     * The events between actors of two countries (ISO alpha-3): one side (source or target) has an
     * actor of one country and the other side an actor of the other.
     */
    public static List<TimelineEntry> between(Collection<Event> events, String countryA, String countryB, boolean all) {
        String a = countryA.strip().toUpperCase(Locale.ROOT), b = countryB.strip().toUpperCase(Locale.ROOT);
        return build(events, e -> (has(e.source(), a) && has(e.target(), b)) || (has(e.source(), b) && has(e.target(), a)), all);
    }

    /** The events in which an actor whose name contains {@code name} (any case) takes part. */
    public static List<TimelineEntry> ofActor(Collection<Event> events, String name, boolean all) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return build(events, e -> Stream.concat(e.source().stream(), e.target().stream())
                .anyMatch(x -> x.name().toLowerCase(Locale.ROOT).contains(wanted)), all);
    }

    private static List<TimelineEntry> build(Collection<Event> events, Predicate<Event> member, boolean all) {
        return events.stream().filter(member).filter(e -> all || HEADLINE_TYPES.contains(e.type()))
                .sorted(ORDER).map(TimelineEntry::of).toList();
    }

    /** Date order, precision-aware, undated last, then id. */
    public static final Comparator<Event> ORDER = Comparator
            .comparing((Event e) -> EventFilter.firstDay(e.date()), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(e -> e.date().precision())
            .thenComparing(Event::id);

    private static boolean has(List<Actor> side, String country) {
        return side.stream().anyMatch(x -> country.equals(x.country()));
    }
}
