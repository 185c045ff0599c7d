package org.parley.core.consolidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.MentionRef;

/**
 * Names the event each act was said during. The extractor marks an act's mention with the meeting
 * of its article it was said at ({@link EventMention#during()}); once mentions are consolidated,
 * the act's event is said during the event that holds that meeting's mention. When the mentions of
 * one act point to different events (two reports tie one agreement to two meetings), the event
 * most of them name wins, then the smaller id. An act dated only by the day its report gives the
 * meeting takes the day chosen for the meeting when the outlets disagree on it ({@link #adopt}):
 * what was said at the talks happened when the talks did, whichever outlet's clock the act's report
 * kept. Cost: one pass over the mentions. The parts are public so the distributed job joins the
 * same keys ({@link #mentionKeys}, {@link #parentKeys}, {@link #elect}, {@link #adopt}).
 */
public final class ParentEvents {

    private ParentEvents() {
    }

    /** The events with {@link Event#during()} set from their mentions; ids are as given. */
    public static List<Event> link(List<Event> events) {
        Map<String, String> eventOfMention = new HashMap<>();
        for (Event e : events) {
            // a key names one mention; should two events hold one, the smaller id is the owner
            mentionKeys(e).forEach(key -> eventOfMention.merge(key, e.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        }
        Map<String, Event> byId = new HashMap<>();
        events.forEach(e -> byId.put(e.id(), e));
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            List<String> candidates = parentKeys(e).stream().map(eventOfMention::get).filter(id -> id != null).toList();
            out.add(elect(e.id(), candidates).map(id -> adopt(e, byId.get(id))).orElseGet(() -> e.withDuring(null)));
        }
        return out;
    }

    /**
     * The act as said during {@code parent}. An act whose day is only lent (inferred) and is one of the
     * days the outlets give the parent in a date conflict takes the day chosen for the parent, with
     * that reason first in its evidence: its report's day of the talks lost to the other outlets'.
     */
    public static Event adopt(Event act, Event parent) {
        Event linked = act.withDuring(parent.id());
        if (!(act.date() instanceof EventDate.ExactDay own) || !own.inferred()
                || !(parent.date() instanceof EventDate.ExactDay chosen) || own.day().equals(chosen.day())) {
            return linked;
        }
        boolean disputed = parent.conflicts().stream().filter(c -> c.field().equals("date"))
                .flatMap(c -> c.values().stream()).anyMatch(v -> v.value().equals(own.iso()));
        if (!disputed) {
            return linked;
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("said during " + parent.id() + ", whose day the outlets give differently: taken as the day chosen for it, "
                + chosen.iso() + ", not " + own.iso());
        evidence.addAll(own.evidence());
        return linked.withDate(new EventDate.ExactDay(chosen.day(), EventDate.Basis.INFERRED, evidence));
    }

    /** The events with their {@code during} ids renamed as {@code rename} says. */
    public static List<Event> renamed(List<Event> events, Function<String, String> rename) {
        return events.stream().map(e -> e.during() == null ? e : e.withDuring(rename.apply(e.during()))).toList();
    }

    /** The keys of an event's mentions, each naming one mention in its article. */
    public static List<String> mentionKeys(Event e) {
        return e.mentions().stream().map(m -> key(m, MentionRef.of(m))).toList();
    }

    /** The keys of the meetings the event's mentions were said during, one per such mention. */
    public static List<String> parentKeys(Event e) {
        return e.mentions().stream().filter(m -> m.during() != null).map(m -> key(m, m.during())).toList();
    }

    /**
     * The parent of event {@code self} among the events its mentions name (one entry per mention,
     * repeats are votes): the most named, then the smaller id; never itself.
     */
    public static Optional<String> elect(String self, Collection<String> named) {
        Map<String, Integer> votes = new TreeMap<>();
        named.stream().filter(id -> !id.equals(self)).forEach(id -> votes.merge(id, 1, Integer::sum));
        // most votes; among equal votes the smaller id (reversed, so max takes it)
        return votes.entrySet().stream().max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey);
    }

    private static String key(EventMention m, MentionRef ref) {
        return m.evidence().article().value() + "#" + ref.sentence() + "#" + ref.type() + "#" + ref.trigger();
    }
}
