package org.parley.core.consolidate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.core.extract.EventFilter;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ArticleId;
import org.parley.model.Event;
import org.parley.model.EventStatus;

/**
 * Links each event still to come (planned, invited, accepted: {@link Event#status()}) to the held
 * meeting it became, when a report gives it ({@link Event#heldAs()}): the earliest (by month; within it the
 * most precisely dated) held, non-background
 * CONSULT that names every person of the plan and covers its other sides by country, whose date agrees
 * with a date the text gives the plan ("will visit Hanoi on Sept. 10") or, for a plan dated only by its
 * report, is not before it; and that another article reports (a report announcing a visit does not report
 * it held). A plan naming no person is not linked (any later meeting of two countries would do). Plans
 * nothing matches stay as they are, visible as unfulfilled. The parts are public so the distributed job
 * joins the same keys ({@link #planKey}, {@link #meetingKeys}, {@link #heldAs}). Stateless.
 */
public final class PlannedEvents {

    private PlannedEvents() {
    }

    /** The events with {@link Event#heldAs()} set on every plan a held meeting matches; ids are as given. */
    public static List<Event> link(List<Event> events) {
        List<Event> meetings = events.stream().filter(PlannedEvents::heldMeeting).toList();
        return events.stream().map(e -> planKey(e).isEmpty() ? e
                : e.withHeldAs(heldAs(e, meetings).map(Event::id).orElse(null))).toList();
    }

    /** The events with their {@code held_as} ids renamed as {@code rename} says. */
    public static List<Event> renamed(List<Event> events, Function<String, String> rename) {
        return events.stream().map(e -> e.heldAs() == null ? e : e.withHeldAs(rename.apply(e.heldAs()))).toList();
    }

    /** The key a plan is joined on (its first person's name), or empty for no plan or a plan naming no person. */
    public static Optional<String> planKey(Event e) {
        if (!e.status().toCome() || e.background()) {
            return Optional.empty();
        }
        return persons(e).findFirst();
    }

    /** The keys a held meeting can be joined on (its persons' names); none for any other event. */
    public static Set<String> meetingKeys(Event e) {
        return heldMeeting(e) ? persons(e).collect(Collectors.toCollection(TreeSet::new)) : Set.of();
    }

    /**
     * The held meeting among {@code candidates} that {@code plan} became, if any: of the earliest month's, the
     * most precisely dated, then the earliest, then the smaller id.
     */
    public static Optional<Event> heldAs(Event plan, Collection<Event> candidates) {
        Set<ArticleId> planReports = articles(plan);
        return candidates.stream().filter(PlannedEvents::heldMeeting)
                .filter(c -> !planReports.containsAll(articles(c)) && covers(c, plan) && dated(plan, c))
                // of the earliest month's, the most precise: the talks of the day rather than a later "visit in September"
                .min(Comparator.comparing((Event c) -> c.date().iso().substring(0, Math.min(7, c.date().iso().length())))
                        .thenComparing(c -> -c.date().iso().length()).thenComparing(c -> c.date().iso())
                        .thenComparing(Event::id));
    }

    private static boolean heldMeeting(Event e) {
        return e.status() == EventStatus.HELD && !e.background() && "CONSULT".equals(e.type()) && e.date().iso() != null;
    }

    /** Whether the meeting's date agrees with the plan's stated date, or is not before the report of a plan dated otherwise. */
    private static boolean dated(Event plan, Event meeting) {
        if (plan.date().iso() == null) {
            return true;
        }
        if (!plan.date().inferred()) {
            return EventConsolidator.datesAgree(plan.date(), meeting.date());
        }
        LocalDate from = EventFilter.firstDay(plan.date());
        return !EventFilter.lastDay(meeting.date()).isBefore(from);
    }

    /** Whether every person of the plan is named in the meeting, and its other sides' countries are there. */
    private static boolean covers(Event meeting, Event plan) {
        Set<String> names = actors(meeting).map(Actor::name).collect(Collectors.toSet());
        Set<String> countries = actors(meeting).map(Actor::country).filter(c -> c != null).collect(Collectors.toSet());
        if (meeting.location() != null && meeting.location().country() != null) {
            countries.add(meeting.location().country());
        }
        return actors(plan).allMatch(a -> a.kind() == ActorKind.PERSON ? names.contains(a.name())
                : a.country() != null && countries.contains(a.country()));
    }

    private static Stream<String> persons(Event e) {
        return actors(e).filter(a -> a.kind() == ActorKind.PERSON).map(Actor::name).sorted();
    }

    private static Stream<Actor> actors(Event e) {
        return Stream.concat(e.source().stream(), e.target().stream());
    }

    private static Set<ArticleId> articles(Event e) {
        return e.mentions().stream().map(m -> m.evidence().article()).collect(Collectors.toSet());
    }
}
