package org.parley.core.consolidate;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.DatePrecision;
import org.parley.model.Event;

/**
 * One line of a timeline: a consolidated event with what a reader scans for.
 *
 * @param event   the consolidated event
 * @param date    ISO date at its precision ({@code 2024-03-25}, {@code 2023-09}; a period as
 *                {@code 2023-09..2024-03}), {@code ~} appended
 *                when inferred, {@code undated} when unknown
 * @param kind    type, or type/mode ({@code CONSULT/meeting}), {@code (bg)} when only mentioned as background,
 *                {@code (planned)} (invited, accepted) when still to come
 * @param actors  source and target names, {@code "A, B – C"}
 * @param place   the place name, or {@code -}
 * @param sources number of distinct documents that report it
 * @param disputed the fields on which sources disagree ({@code date}, {@code location}), empty when none
 */
public record TimelineEntry(Event event, String date, String kind, String actors, String place, int sources,
                            List<String> disputed) {
    public TimelineEntry {
        Objects.requireNonNull(event, "event");
        disputed = List.copyOf(disputed);
    }

    /** The entry of an event. */
    public static TimelineEntry of(Event e) {
        String date = e.date().precision() == DatePrecision.UNKNOWN ? "undated"
                : e.date().written() + (e.date().inferred() ? "~" : "");
        String kind = e.type() + (e.mode() == null ? "" : "/" + e.mode()) + (e.background() ? " (bg)" : "")
                + (e.status().toCome() ? " (" + e.status().label() + ")" : "");
        String actors = names(e.source()) + " – " + names(e.target());
        int sources = (int) e.mentions().stream().map(m -> m.evidence().doc()).distinct().count();
        List<String> disputed = e.conflicts().stream().map(c -> c.field()).distinct().toList();
        return new TimelineEntry(e, date, kind, actors, e.location() == null ? "-" : e.location().name(), sources, disputed);
    }

    private static String names(List<Actor> actors) {
        return actors.stream().map(Actor::name).collect(Collectors.joining(", "));
    }
}
