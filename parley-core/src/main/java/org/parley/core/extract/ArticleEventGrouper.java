package org.parley.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.ingest.ArticleIds;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.model.Location;

/**
 * Groups one article's event mentions into events: sentences of one article that report the same
 * event (same type and mode, same actors, same date, both background or both not) become one event
 * with several mentions.
 *
 * <p>Design decision: consultations (meetings, calls, visits) are symmetric — "A met B" and "B met
 * A" are one meeting — so their actors are compared as a set; for every other type the direction
 * (who supports, asks, pledges to whom) is part of the event. Stateless and thread-safe.
 *
 * <p>The mentions it groups are already merged by the extractor ({@link MeetingMerger}: a
 * restatement of a meeting is no mention of its own); grouping keeps every mention that remains.
 */
public final class ArticleEventGrouper {

    private ArticleEventGrouper() {
    }

    /** The events of one article's mentions, in the order of their first mention. */
    public static List<Event> group(List<EventMention> mentions) {
        Map<String, List<EventMention>> groups = new LinkedHashMap<>();
        for (EventMention m : mentions) {
            groups.computeIfAbsent(key(m), k -> new ArrayList<>()).add(m);
        }
        List<Event> events = new ArrayList<>();
        for (Map.Entry<String, List<EventMention>> g : groups.entrySet()) {
            events.add(event(g.getKey(), g.getValue()));
        }
        return events;
    }

    private static Event event(String key, List<EventMention> group) {
        EventMention first = group.get(0);
        Location location = group.stream().map(EventMention::location).filter(l -> l != null).findFirst().orElse(null);
        Set<String> topics = new LinkedHashSet<>();
        group.forEach(m -> topics.addAll(m.topics()));
        String article = first.evidence().article().value();
        return new Event(id(article + "|" + key), null, first.type(), first.mode(), first.cameo(), first.date(),
                location, first.source(), first.target(), List.copyOf(topics), first.background(), group, List.of());
    }

    static String key(EventMention m) {
        String actors;
        if ("CONSULT".equals(m.type())) {
            Set<String> all = new TreeSet<>(names(m.source()));
            all.addAll(names(m.target()));
            actors = String.join("+", all);
        } else {
            actors = String.join("+", new TreeSet<>(names(m.source()))) + ">" + String.join("+", new TreeSet<>(names(m.target())));
        }
        return String.join("|", m.type(), String.valueOf(m.mode()), actors, String.valueOf(m.date().iso()),
                m.background() ? "background" : "reported");
    }

    private static List<String> names(List<Actor> actors) {
        return actors.stream().map(Actor::name).toList();
    }

    /** A short stable id from a key: the same key always gives the same id. */
    public static String id(String key) {
        return "ev-" + ArticleIds.shortHash(key, 8);
    }
}
