package org.parley.core.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.model.EventDate;

/**
 * Which events a user asked for. Every criterion is optional (null = any).
 *
 * @param actor   part of an actor's name or role, case-insensitive ("Blinken", "foreign minister")
 * @param country ISO alpha-3 code of any actor
 * @param type    PLOVER type, or type/mode ("CONSULT", "CONSULT/phone")
 * @param from    first day of the period; an event whose date interval overlaps the period matches
 * @param to      last day of the period
 */
public record EventFilter(String actor, String country, String type, LocalDate from, LocalDate to) {

    public static final EventFilter ALL = new EventFilter(null, null, null, null, null);

    public EventFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean test(Event e) {
        return matchesActor(e) && matchesCountry(e) && matchesType(e) && matchesPeriod(e.date());
    }

    private Stream<Actor> actors(Event e) {
        return Stream.concat(e.source().stream(), e.target().stream());
    }

    private boolean matchesActor(Event e) {
        if (actor == null) {
            return true;
        }
        String wanted = actor.toLowerCase(Locale.ROOT);
        return actors(e).anyMatch(a -> a.name().toLowerCase(Locale.ROOT).contains(wanted)
                || (a.role() != null && a.role().toLowerCase(Locale.ROOT).contains(wanted)));
    }

    private boolean matchesCountry(Event e) {
        return country == null || actors(e).anyMatch(a -> country.equalsIgnoreCase(a.country()));
    }

    private boolean matchesType(Event e) {
        if (type == null) {
            return true;
        }
        String[] parts = type.split("/", 2);
        return parts[0].equalsIgnoreCase(e.type()) && (parts.length == 1 || parts[1].equalsIgnoreCase(e.mode()));
    }

    private boolean matchesPeriod(EventDate date) {
        if (from == null && to == null) {
            return true;
        }
        LocalDate first = firstDay(date), last = lastDay(date);
        if (first == null) {
            return false; // an undated event is in no period
        }
        return (to == null || !first.isAfter(to)) && (from == null || !last.isBefore(from));
    }

    /** The first day an event date can denote, or null when unknown. */
    public static LocalDate firstDay(EventDate date) {
        if (date instanceof EventDate.Period p) {
            return p.start();
        }
        if (date instanceof EventDate.ExactDay d) {
            return d.day();
        }
        if (date instanceof EventDate.MonthOnly m) {
            return m.month().atDay(1);
        }
        if (date instanceof EventDate.YearOnly y) {
            return LocalDate.of(y.year(), 1, 1);
        }
        return null;
    }

    /** The last day an event date can denote, or null when unknown. */
    public static LocalDate lastDay(EventDate date) {
        if (date instanceof EventDate.Period p) {
            return p.end();
        }
        if (date instanceof EventDate.ExactDay d) {
            return d.day();
        }
        if (date instanceof EventDate.MonthOnly m) {
            return m.month().atEndOfMonth();
        }
        if (date instanceof EventDate.YearOnly y) {
            return LocalDate.of(y.year(), 12, 31);
        }
        return null;
    }
}
