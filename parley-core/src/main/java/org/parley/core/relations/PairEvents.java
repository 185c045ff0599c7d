package org.parley.core.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.parley.model.Actor;
import org.parley.model.ArticleId;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Evidence;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.Plan;
import org.parley.model.relations.YearCount;

/**
 * The consolidated events between the two countries of a pair (one side's actor of one country, the
 * other side's of the other), held (not still to come), and the links from a relationship's facts to them: the meeting a
 * sentence reports, the visit in the month a framework was set up, the visit or talks a plan became,
 * the count per year and type. Immutable and thread-safe.
 */
final class PairEvents {
    // A mechanism's edition or a framework's establishment is a meeting: talks before any other act said there.
    private static final String MEETING_TYPE = "CONSULT";
    private static final List<String> ESTABLISHING_MODES = List.of("visit", "meeting", "host");

    private final List<Event> events;

    PairEvents(CountryPair pair, List<Event> all) {
        // a plan is no event of the pair yet: the card reads plans from the reports (PlanReader)
        this.events = all.stream().filter(e -> !e.status().toCome()).filter(between(pair)).toList();
    }

    /** The pair's events. */
    List<Event> all() {
        return events;
    }

    private static Predicate<Event> between(CountryPair pair) {
        return e -> (has(e.source(), pair.first()) && has(e.target(), pair.second()))
                || (has(e.source(), pair.second()) && has(e.target(), pair.first()));
    }

    private static boolean has(List<Actor> actors, String country) {
        return actors.stream().anyMatch(a -> country.equals(a.country()));
    }

    /** The meeting a report's sentence reports, when one of the pair's meetings has a mention in it. */
    Optional<Event> meetingReportedIn(Evidence sentence) {
        return events.stream().filter(e -> MEETING_TYPE.equals(e.type()))
                .filter(e -> e.mentions().stream().anyMatch(m -> m.evidence().article().equals(sentence.article())
                        && m.evidence().sentence() == sentence.sentence()))
                .min(Comparator.comparing(Event::id));
    }

    /** The visit or meeting of the pair in the month (or on the day) {@code since} names; empty for a coarser date. */
    Optional<Event> meetingIn(EventDate since) {
        String iso = since.iso();
        if (iso == null || iso.length() < 7) {
            return Optional.empty();
        }
        String month = iso.substring(0, 7);
        return events.stream().filter(e -> MEETING_TYPE.equals(e.type()) && e.mode() != null
                        && ESTABLISHING_MODES.contains(e.mode()))
                .filter(e -> e.date().iso() != null && e.date().iso().startsWith(month))
                .min(Comparator.comparing((Event e) -> !iso.equals(e.date().iso()))  // the day itself first
                        .thenComparingInt(e -> ESTABLISHING_MODES.indexOf(e.mode())).thenComparing(Event::id));
    }

    /**
     * The date of an undated report: the day most of the pair's events it reports are dated to (the
     * earliest of equals), when they are dated to a day.
     */
    Optional<EventDate> reportDate(ArticleId article) {
        Map<String, List<Event>> byDay = new TreeMap<>();
        events.stream().filter(e -> e.date().precision() == DatePrecision.DAY)
                .filter(e -> e.mentions().stream().anyMatch(m -> m.evidence().article().equals(article)))
                .forEach(e -> byDay.computeIfAbsent(e.date().iso(), d -> new ArrayList<>()).add(e));
        return byDay.values().stream().max(Comparator.comparingInt(List::size)).map(days -> days.get(0).date());
    }

    /**
     * The pair's earliest visit or talks, dated not before {@code notBefore}, that {@code plan} became: for a
     * visit, talks (CONSULT) with the person who was to go, in the country to be visited (its place, or
     * the target of a visit); for a meeting, talks between the two people. Events reported only by the
     * reports that state the plan are the plan itself, not its outcome (a report announcing a visit does
     * not report it held). Of the earliest month's, the most precisely dated: the day of the talks rather
     * than a later report's "his visit in September".
     */
    Optional<Event> heldAs(PlanStatement plan, String notBefore, Set<ArticleId> planReports) {
        if (!plan.whoPerson()) {
            return Optional.empty();  // an invitee as written ("the Party chief") cannot be told apart from others
        }
        return events.stream().filter(e -> MEETING_TYPE.equals(e.type()) && e.date().iso() != null)
                .filter(e -> IsoDates.notBefore(e.date().iso(), notBefore))
                .filter(e -> e.mentions().stream().anyMatch(m -> !planReports.contains(m.evidence().article())))
                .filter(e -> named(e, plan.who()) && (plan.action() == Plan.Action.MEET ? named(e, plan.whom())
                        : in(e, plan.whomCountry())))
                .min(Comparator.comparing((Event e) -> month(e.date().iso()))
                        .thenComparing(e -> -e.date().iso().length()).thenComparing(e -> e.date().iso())
                        .thenComparing(Event::id));
    }

    private static String month(String iso) {
        return iso.substring(0, Math.min(7, iso.length()));
    }

    private static boolean named(Event e, String name) {
        return e.source().stream().anyMatch(a -> a.name().equals(name)) || e.target().stream().anyMatch(a -> a.name().equals(name));
    }

    private static boolean in(Event e, String country) {
        if (e.location() != null && country.equals(e.location().country())) {
            return true;
        }
        return "visit".equals(e.mode()) && has(e.target(), country);
    }

    /** How many events of each type the pair had each year, by year then type. */
    List<YearCount> perYear() {
        Map<Integer, Map<String, Integer>> counts = new TreeMap<>();
        for (Event e : events) {
            if (e.date().iso() != null) {
                int year = Integer.parseInt(e.date().iso().substring(0, 4));
                counts.computeIfAbsent(year, y -> new TreeMap<>()).merge(e.type(), 1, Integer::sum);
            }
        }
        List<YearCount> out = new ArrayList<>();
        counts.forEach((year, types) -> types.forEach((type, n) -> out.add(new YearCount(year, type, n))));
        return out;
    }
}
