package org.parley.core.extract;

import java.util.ArrayList;
import java.util.Collection;
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
 * <p>Design decision: consultations (meetings, calls, visits), agreements and cooperation are
 * symmetric ({@link #SYMMETRIC_TYPES}) — "A met B" and "B met A" are one meeting, "A and B agreed"
 * one agreement whichever side a sentence makes the source — so their actors are compared as a
 * set; for every other type the direction (who supports, asks, pledges to, accuses whom) is part
 * of the event. Stateless and thread-safe.
 *
 * <p>The mentions it groups are already merged by the extractor ({@link MeetingMerger}: a
 * restatement of a meeting is no mention of its own); grouping keeps every mention that remains.
 */
public final class ArticleEventGrouper {

    /** PLOVER types whose two sides act together, so the direction a sentence gives them is no part of the event. */
    public static final Set<String> SYMMETRIC_TYPES = Set.of("CONSULT", "AGREE", "COOPERATE");

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
        return String.join("|", m.type(), String.valueOf(m.mode()), sidesKey(m.type(), names(m.source()), names(m.target())),
                String.valueOf(m.date().iso()), m.background() ? "background" : "reported");
    }

    /**
     * The two sides of an event of {@code type} as a key: one sorted set for a symmetric type
     * ("a+b"), else the sorted source and target ("a>b"). The sides may be actor names or countries.
     */
    public static String sidesKey(String type, Collection<String> source, Collection<String> target) {
        if (SYMMETRIC_TYPES.contains(type)) {
            Set<String> all = new TreeSet<>(source);
            all.addAll(target);
            return String.join("+", all);
        }
        return String.join("+", new TreeSet<>(source)) + ">" + String.join("+", new TreeSet<>(target));
    }

    private static List<String> names(List<Actor> actors) {
        return actors.stream().map(Actor::name).toList();
    }

    /** A short stable id from a key: the same key always gives the same id. */
    public static String id(String key) {
        return "ev-" + ArticleIds.shortHash(key, 8);
    }
}
