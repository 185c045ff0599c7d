package org.parley.core.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.ingest.ArticleIds;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.model.Location;

/**
 * The one place that decides which reports of one article are one event, in two steps.
 * <ol>
 *   <li>While the article's events are extracted ({@link MeetingMerger} applies these to the drafts),
 *       a report that restates another is no mention of its own: a later CONSULT of the same parties
 *       ({@link #sameMeeting}), another act said twice in one sentence ({@link #saidTwice}), a meeting
 *       between countries or unnamed groups restating the named people's
 *       ({@link #withoutStateLevelRestatements}).</li>
 *   <li>The mentions that remain are grouped into events ({@link #group}): sentences that report the
 *       same event (same type and mode, same actors, same date, both background or both not, both held
 *       or both still to come) become
 *       one event with several mentions, every mention kept as evidence.</li>
 * </ol>
 *
 * <p>Design decision: consultations (meetings, calls, visits), agreements and cooperation are
 * symmetric ({@link #SYMMETRIC_TYPES}) — "A met B" and "B met A" are one meeting, "A and B agreed"
 * one agreement whichever side a sentence makes the source — so their actors are compared as a
 * set; for every other type the direction (who supports, asks, pledges to, accuses whom) is part
 * of the event. Stateless and thread-safe.
 *
 * <p>Design decision: the first step changes which mentions are stored (a restatement lends its
 * place to the meeting it restates), the second only gathers them; folding one into the other
 * would change the stored mentions, so the two steps stay, with their rules side by side here.
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
                location, first.source(), first.target(), List.copyOf(topics), first.background(), group, List.of(), null,
                first.status(), null);
    }

    static String key(EventMention m) {
        String key = String.join("|", m.type(), String.valueOf(m.mode()), sidesKey(m.type(), names(m.source()),
                names(m.target())), String.valueOf(m.date().iso()), m.background() ? "background" : "reported");
        // a plan is never one event with the held event (a held event's key, and so its id, stays as it was)
        return m.status().toCome() ? key + "|" + m.status().label() : key;
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

    /** A later CONSULT that reports a known meeting again: same background and status, same parties, places that do not conflict. */
    static boolean sameMeeting(EventDraft existing, EventDraft later) {
        return existing.coding().type().equals("CONSULT") && later.coding().type().equals("CONSULT")
                && existing.background() == later.background() && existing.status() == later.status()
                && existing.sides().parties().equals(later.sides().parties()) && compatiblePlaces(existing, later);
    }

    /** One statement said twice in one sentence: same sentence, type and parties. */
    static boolean saidTwice(EventDraft existing, EventDraft later) {
        return existing.sentence() == later.sentence() && existing.coding().type().equals(later.coding().type())
                && existing.status() == later.status() && existing.sides().parties().equals(later.sides().parties());
    }

    private static boolean compatiblePlaces(EventDraft a, EventDraft b) {
        return a.location() == null || b.location() == null
                || Objects.equals(a.location().country(), b.location().country());
    }

    /**
     * "the first dialogue between Vietnam and the United States" and a headline's "Vietnam, U.S.
     * top diplomats discuss ... in phone call" restate the ministers' meeting at state level: a
     * CONSULT between countries or unnamed groups only ("diplomats of Vietnam") is dropped when a
     * CONSULT between named people or bodies of exactly those countries is reported.
     */
    static List<EventDraft> withoutStateLevelRestatements(List<EventDraft> drafts) {
        List<EventDraft> kept = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            EventDraft d = drafts.get(k);
            boolean duplicate = false;
            if (d.isReportedMeeting() && d.sides().all().stream().allMatch(ArticleEventGrouper::stateLevel)) {
                for (int j = 0; j < drafts.size() && !duplicate; j++) {
                    EventDraft o = drafts.get(j);
                    duplicate = j != k && o.isReportedMeeting()
                            && o.sides().all().stream().anyMatch(a -> !stateLevel(a))
                            && o.sides().countries().equals(d.sides().countries());
                }
            }
            if (!duplicate) {
                kept.add(d);
            }
        }
        return kept;
    }

    /**
     * A headline's agreement between countries or unnamed groups ("US, Vietnam top diplomats agree
     * working groups") restates the one its body gives between named people of exactly those
     * countries ("Blinken and Son ... agreed to form working groups"): it takes the body's sides, so
     * it is grouped as a mention of that agreement, not an event of its own. The headline's draft
     * stays (it is the article's lead for story clustering); only its sides change. Meetings between
     * countries are dropped instead ({@link #withoutStateLevelRestatements}).
     */
    static EventDraft headlineFolded(EventDraft headline, List<EventDraft> drafts) {
        String type = headline.coding().type();
        if (type.equals("CONSULT") || !SYMMETRIC_TYPES.contains(type) || headline.background()
                || !headline.sides().all().stream().allMatch(ArticleEventGrouper::stateLevel)) {
            return headline;
        }
        return drafts.stream().filter(o -> o != headline && o.sentence() != headline.sentence()
                        && o.coding().type().equals(type) && !o.background() && o.status() == headline.status()
                        && o.sides().all().stream().anyMatch(a -> !stateLevel(a))
                        && o.sides().countries().equals(headline.sides().countries()))
                .findFirst().map(o -> headline.withSides(o.sides())).orElse(headline);
    }

    private static boolean stateLevel(Actor a) {
        return a.kind() == ActorKind.COUNTRY || a.kind() == ActorKind.GROUP;
    }

    /** A short stable id from a key: the same key always gives the same id. */
    public static String id(String key) {
        return "ev-" + ArticleIds.shortHash(key, 8);
    }
}
