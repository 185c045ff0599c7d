package org.parley.core.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.core.extract.ArticleEventGrouper;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.extract.EventFilter;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Conflict;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;

/**
 * Merges the event mentions of different articles that report the same real event into one
 * consolidated {@link Event} that keeps every mention (article, document, sentence, offsets),
 * background mentions included.
 *
 * <p>Each article's mentions are first grouped within the article ({@link ArticleEventGrouper});
 * those article events are then merged across articles when they are the same event:
 * <ul>
 *   <li><b>type</b>: equal PLOVER type. For CONSULT, in-person modes (meeting, host, visit, talks,
 *       no mode) are one family — "A hosted B", "B visited A" and "A met B" on one day are one
 *       meeting — while a phone call is a separate event from a meeting on the same day. For other
 *       types the mode does not split events; differing modes become a {@code mode} conflict.</li>
 *   <li><b>actors</b>: the same set of actor names (for the symmetric types, CONSULT, AGREE and
 *       COOPERATE, source and target together; otherwise source and target each: see
 *       {@link ArticleEventGrouper#sidesKey}). A country standing for
 *       its leader ("the US and Vietnam held talks") is only a weak signal: such an event joins a
 *       person-level event only when it is the single candidate with the same countries on the
 *       same day.</li>
 *   <li><b>dates</b>, precision-aware: a month contains its days, a year its months; two days may
 *       differ by one across different documents (outlets in different time zones), and an
 *       inferred day may follow another by up to {@value #INFERRED_LAG_DAYS} days (it is often the
 *       report's publication date); undated
 *       events merge with undated events, and with the one dated event of their story's block
 *       ({@link UndatedCopies}).</li>
 *   <li><b>places</b>: when the date is only a month or a year, both places, if given, must be
 *       the {@link SamePlace same place} (two visits in one month are often two events); on an
 *       exact day the actors and type decide and a differing place becomes a conflict.</li>
 * </ul>
 * A plan and the held event are never one event: article events of different status are kept apart
 * and a plan names the held event it became ({@link PlannedEvents}).
 * Merging is complete-linkage: an article event joins a consolidated event only when it agrees
 * with every member, so "25" and "27" never meet through "26".
 *
 * <p>Blocking, never all pairs: article events are bucketed by (type, actor key); within a bucket
 * they are swept in date order so only events whose date intervals come within a day are compared.
 *
 * <p>Ids are stable: a consolidated event takes the smallest {@link ArticleEventGrouper#id} of its
 * article events, so a one-article event keeps the id it has in the per-article catalogue, and
 * re-ingesting or adding articles keeps ids unless a lower-keyed article event joins. The result
 * does not depend on the order of the input (everything is sorted on content first) nor on
 * duplicates (an article given twice counts once).
 *
 * <p>Immutable and thread-safe when the article lookup is.
 */
public final class EventConsolidator {

    /** How many days an inferred day may follow a stated one and still be the same event. */
    static final int INFERRED_LAG_DAYS = 3;
    /** The longest period of days read as one occurrence (a visit, a summit) rather than a summary. */
    static final int OCCURRENCE_DAYS = 7;

    private final Function<ArticleId, Optional<Article>> articles;

    /** @param articles looks articles up (publication dates and time zones explain date conflicts) */
    public EventConsolidator(Function<ArticleId, Optional<Article>> articles) {
        this.articles = Objects.requireNonNull(articles, "articles");
    }

    /** A consolidator that cannot explain time-zone conflicts (no articles known). */
    public static EventConsolidator withoutArticles() {
        return new EventConsolidator(id -> Optional.empty());
    }

    /** A consolidator over a fixed set of articles. */
    public static EventConsolidator of(Collection<Article> known) {
        Map<ArticleId, Article> byId = new HashMap<>();
        known.forEach(a -> byId.putIfAbsent(a.id(), a));
        return new EventConsolidator(id -> Optional.ofNullable(byId.get(id)));
    }

    /** The consolidated events of all findings, ordered by date (undated last), then id. */
    public List<Event> consolidate(Collection<ArticleFindings> findings) {
        return consolidate(findings, Map.of());
    }

    /**
     * The consolidated events of all findings, each labelled with its story (given as story id →
     * member articles). Identity stays inside stories: article events of two different stories
     * are never merged, even on the same day between the same actors (a background mention of an
     * earlier meeting in another story's report is that report's mention, not the meeting's).
     * Articles in no given story form one pool.
     */
    public List<Event> consolidate(Collection<ArticleFindings> findings, Map<String, List<ArticleId>> stories) {
        List<EventMention> mentions = new ArrayList<>();
        findings.forEach(f -> mentions.addAll(f.events()));
        return consolidateMentions(mentions, stories);
    }

    /** The consolidated events of mentions from any articles (grouped by their evidence's article). */
    public List<Event> consolidateMentions(Collection<EventMention> mentions, Map<String, List<ArticleId>> stories) {
        Map<ArticleId, Set<EventMention>> byArticle = new TreeMap<>();
        for (EventMention m : mentions) {
            byArticle.computeIfAbsent(m.evidence().article(), a -> new TreeSet<>(MENTION_ORDER)).add(m);
        }
        List<Event> articleEvents = new ArrayList<>();
        byArticle.values().forEach(ms -> articleEvents.addAll(ArticleEventGrouper.group(List.copyOf(ms))));
        return consolidateArticleEvents(articleEvents, stories);
    }

    /**
     * The article events of one article's mentions, as {@link #consolidateMentions} groups them
     * before merging across articles.
     */
    public static List<Event> articleEvents(Collection<EventMention> oneArticle) {
        Set<EventMention> sorted = new TreeSet<>(MENTION_ORDER);
        sorted.addAll(oneArticle);
        return ArticleEventGrouper.group(List.copyOf(sorted));
    }

    /**
     * The keys that decide which article events may end up in one consolidated event: two article
     * events are ever compared only when they share a key, directly or through other article
     * events (a key per type-and-actor block, and one per type-and-country key for the country-level
     * join). So consolidating each connected component of article events linked by shared keys on
     * its own gives exactly the events of consolidating everything at once (stories only split the
     * blocks further); the distributed job relies on that.
     */
    public static Set<String> partitionKeys(Event articleEvent) {
        String head = articleEvent.type() + "|" + family(articleEvent) + "|";
        return Set.of("A:" + head + actorKey(articleEvent), "C:" + head + countryKey(articleEvent));
    }

    /**
     * The consolidated events of article events ({@link #articleEvents}) of any articles, each
     * labelled with its story as in {@link #consolidate(Collection, Map)}.
     */
    public List<Event> consolidateArticleEvents(Collection<Event> articleEvents, Map<String, List<ArticleId>> stories) {
        Map<ArticleId, String> storyOf = new HashMap<>();
        new TreeMap<>(stories).forEach((story, ids) -> ids.forEach(id -> storyOf.putIfAbsent(id, story)));
        Function<Event, String> storyOfEvent = e -> storyOf.getOrDefault(e.mentions().get(0).evidence().article(), "");
        Map<String, List<Event>> blocks = new TreeMap<>();
        for (Event e : articleEvents) {
            blocks.computeIfAbsent(storyOfEvent.apply(e) + "|" + e.type() + "|" + family(e) + "|" + actorKey(e) + "|" + e.status(),
                    k -> new ArrayList<>()).add(e);
        }
        List<List<Event>> clusters = new ArrayList<>();
        for (Map.Entry<String, List<Event>> block : blocks.entrySet()) {
            boolean inStory = !block.getKey().startsWith("|");
            clusters.addAll(inStory ? UndatedCopies.join(sweep(block.getValue())) : sweep(block.getValue()));
        }
        clusters = joinCountryLevel(clusters, storyOfEvent);

        List<Event> out = new ArrayList<>();
        for (List<Event> cluster : clusters) {
            out.add(merge(cluster, storyOf));
        }
        out = new ArrayList<>(PlannedEvents.link(ParentEvents.link(out)));
        out.sort(Comparator.comparing((Event e) -> e.date().iso() == null ? "9999" : e.date().iso()).thenComparing(Event::id));
        return out;
    }

    private static final Comparator<EventMention> MENTION_ORDER = Comparator
            .comparing((EventMention m) -> m.evidence().article())
            .thenComparingInt(m -> m.evidence().sentence())
            .thenComparingInt(m -> m.evidence().span().begin())
            .thenComparing(EventMention::type)
            .thenComparing(m -> String.valueOf(m.mode()))
            .thenComparing(m -> String.valueOf(m.trigger()))
            .thenComparing(m -> String.valueOf(m.date().iso()))
            .thenComparing(m -> m.source().toString() + m.target() + m.location() + m.topics() + m.background() + m.cameo()
                    + m.date());

    /** Complete-linkage merging of one block's article events, swept in date order. */
    private static List<List<Event>> sweep(List<Event> block) {
        List<Event> sorted = new ArrayList<>(block);
        // Precise dates first so a month or a year joins the day it contains; then by content.
        sorted.sort(Comparator.comparing((Event e) -> e.date().precision())
                .thenComparing(e -> String.valueOf(e.date().iso()))
                .thenComparing(Event::id));
        List<List<Event>> clusters = new ArrayList<>();
        for (Event e : sorted) {
            List<List<Event>> candidates = clusters.stream()
                    .filter(c -> c.stream().allMatch(member -> same(member, e))).toList();
            List<Event> target = pick(candidates, e);
            if (target == null) {
                target = new ArrayList<>();
                clusters.add(target);
            }
            target.add(e);
        }
        return clusters;
    }

    /**
     * Where an event goes among the clusters it agrees with: for a day, the best-supported (most
     * documents, then lowest id); for a month or a year, only an unambiguous single candidate.
     */
    private static List<Event> pick(List<List<Event>> candidates, Event e) {
        if (candidates.isEmpty()) {
            return null;
        }
        if (e.date().precision() != DatePrecision.DAY && candidates.size() > 1) {
            return null;
        }
        return candidates.stream().min(Comparator.comparingInt((List<Event> c) -> -docs(c).size())
                .thenComparing(c -> minId(c))).orElseThrow();
    }

    /** Whether two article events (already in the same type and actor block) are one event. */
    static boolean same(Event a, Event b) {
        if (a.mentions().get(0).evidence().article().equals(b.mentions().get(0).evidence().article())
                && a.date() instanceof EventDate.ExactDay && b.date() instanceof EventDate.ExactDay
                && !a.date().iso().equals(b.date().iso())) {
            return false; // one article giving two days means two events
        }
        if (!datesAgree(a.date(), b.date())) {
            return false;
        }
        boolean exactDay = a.date().precision() == DatePrecision.DAY && b.date().precision() == DatePrecision.DAY;
        return exactDay || a.location() == null || b.location() == null || SamePlace.test(a.location(), b.location());
    }

    static boolean datesAgree(EventDate a, EventDate b) {
        boolean aUnknown = a.precision() == DatePrecision.UNKNOWN, bUnknown = b.precision() == DatePrecision.UNKNOWN;
        if (aUnknown || bUnknown) {
            return aUnknown && bUnknown;
        }
        LocalDate a1 = EventFilter.firstDay(a), a2 = EventFilter.lastDay(a);
        LocalDate b1 = EventFilter.firstDay(b), b2 = EventFilter.lastDay(b);
        if ((a instanceof EventDate.Period) != (b instanceof EventDate.Period)) {
            // A summary over a period ("since the upgrade, ... signed") is not one occurrence: it never
            // absorbs a dated act, though the act's day lies in it (DateConsensus: no conflict either).
            // A span of a few days ("a state visit from 10 to 11 September") is one: a day in it is it.
            EventDate span = a instanceof EventDate.Period ? a : b, day = span == a ? b : a;
            return isOccurrence(span) && day instanceof EventDate.ExactDay
                    && !EventFilter.firstDay(day).isBefore(EventFilter.firstDay(span))
                    && !EventFilter.firstDay(day).isAfter(EventFilter.lastDay(span));
        }
        boolean period = a instanceof EventDate.Period;
        if (!period && a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY) {
            long later = b1.toEpochDay() - a1.toEpochDay();
            if (Math.abs(later) <= 1) {
                return true;
            }
            // An inferred day is often the report's own date, which follows the event by a day or two.
            return (b.inferred() && later > 0 && later <= INFERRED_LAG_DAYS)
                    || (a.inferred() && later < 0 && -later <= INFERRED_LAG_DAYS);
        }
        // A coarser date must contain the finer one ("2023-09" contains "2023-09-10"), a period the
        // other ("since September 2023" contains "from October to December 2023").
        return (!a1.isAfter(b1) && !a2.isBefore(b2)) || (!b1.isAfter(a1) && !b2.isBefore(a2));
    }

    // A period of days no longer than a week: a visit or a summit, not a summary.
    private static boolean isOccurrence(EventDate period) {
        return period.precision() == DatePrecision.DAY
                && EventFilter.lastDay(period).toEpochDay() - EventFilter.firstDay(period).toEpochDay() < OCCURRENCE_DAYS;
    }

    /** The mode family: in-person consultations are one family, a phone call another. */
    static String family(Event e) {
        if ("CONSULT".equals(e.type())) {
            return e.mode() == null || ModeConsensus.IN_PERSON.contains(e.mode()) ? "in-person" : e.mode();
        }
        return "*";
    }

    static String actorKey(Event e) {
        return ArticleEventGrouper.sidesKey(e.type(), names(e.source()), names(e.target()));
    }

    private static List<String> names(List<Actor> actors) {
        return actors.stream().map(Actor::name).toList();
    }

    /**
     * The weak signal: a cluster whose actors include countries ("Vietnam and the US held talks")
     * joins the single person-level cluster of the same type family whose actors' countries are
     * the same, on the same day, and that names every person it names ("Trong welcomed the US's
     * support" does not join "Chinh welcomed Blinken's visit"). Ambiguity (several such clusters) leaves it on its own.
     */
    private static List<List<Event>> joinCountryLevel(List<List<Event>> clusters, Function<Event, String> story) {
        List<List<Event>> sorted = new ArrayList<>(clusters);
        sorted.sort(Comparator.comparing(EventConsolidator::minId));
        List<List<Event>> countryLevel = sorted.stream().filter(c -> hasCountryActor(c.get(0))).toList();
        List<List<Event>> result = new ArrayList<>(sorted);
        for (List<Event> weak : countryLevel) {
            Event w = weak.get(0);
            if (w.date().precision() != DatePrecision.DAY) {
                continue;
            }
            List<List<Event>> candidates = result.stream()
                    .filter(c -> c != weak && !hasCountryActor(c.get(0)) && story.apply(c.get(0)).equals(story.apply(w)))
                    .filter(c -> c.get(0).type().equals(w.type()) && family(c.get(0)).equals(family(w))
                            && c.get(0).status() == w.status())
                    .filter(c -> countryKey(c.get(0)).equals(countryKey(w)))
                    .filter(c -> namesEveryPersonOf(c.get(0), w))
                    .filter(c -> c.stream().allMatch(m -> weak.stream().allMatch(x -> same(m, x))))
                    .toList();
            if (candidates.size() == 1) {
                candidates.get(0).addAll(weak);
                result.remove(weak);
            }
        }
        return result;
    }

    /** Whether {@code e} names every person {@code weak} does: only the country side of a weak cluster is vague. */
    private static boolean namesEveryPersonOf(Event e, Event weak) {
        List<String> names = new ArrayList<>(names(e.source()));
        names.addAll(names(e.target()));
        return Stream.concat(weak.source().stream(), weak.target().stream())
                .filter(a -> a.kind() == ActorKind.PERSON).allMatch(a -> names.contains(a.name()));
    }

    private static boolean hasCountryActor(Event e) {
        return e.source().stream().anyMatch(a -> a.kind() == ActorKind.COUNTRY)
                || e.target().stream().anyMatch(a -> a.kind() == ActorKind.COUNTRY);
    }

    private static String countryKey(Event e) {
        if (e.source().stream().anyMatch(a -> a.country() == null) || e.target().stream().anyMatch(a -> a.country() == null)) {
            return "?" + actorKey(e); // an actor of unknown country: no weak match
        }
        return ArticleEventGrouper.sidesKey(e.type(), e.source().stream().map(Actor::country).toList(),
                e.target().stream().map(Actor::country).toList());
    }

    private static String minId(List<Event> cluster) {
        return cluster.stream().map(Event::id).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static Set<String> docs(List<Event> cluster) {
        return cluster.stream().flatMap(e -> e.mentions().stream()).map(m -> m.evidence().doc())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Event merge(List<Event> cluster, Map<ArticleId, String> storyOf) {
        List<EventMention> mentions = cluster.stream().flatMap(e -> e.mentions().stream()).sorted(MENTION_ORDER).toList();
        List<Conflict> conflicts = new ArrayList<>();
        DateConsensus.Outcome date = DateConsensus.of(mentions, articles);
        date.conflict().ifPresent(conflicts::add);
        // The representative: a person-level article event on the chosen date with the most mentions.
        Event lead = cluster.stream().min(Comparator.comparing((Event e) -> hasCountryActor(e))
                .thenComparing(e -> !Objects.equals(e.date().iso(), date.date().iso()))
                .thenComparingInt(e -> -e.mentions().size())
                .thenComparing(Event::id)).orElseThrow();
        PlaceConsensus.Outcome place = PlaceConsensus.of(mentions);
        place.conflict().ifPresent(conflicts::add);
        ModeConsensus.conflict(mentions).ifPresent(conflicts::add);
        String chosenMode = ModeConsensus.best(mentions, lead.mode());
        Set<String> topics = new TreeSet<>();
        mentions.forEach(m -> topics.addAll(m.topics()));
        boolean background = mentions.stream().allMatch(EventMention::background);
        return new Event(minId(cluster), story(mentions, storyOf), lead.type(), chosenMode, lead.cameo(), date.date(),
                place.location(), lead.source(), lead.target(), List.copyOf(topics), background, mentions, conflicts,
                null, lead.status(), null);
    }

    private static String story(List<EventMention> mentions, Map<ArticleId, String> storyOf) {
        Map<String, Integer> counts = new TreeMap<>();
        mentions.stream().map(m -> storyOf.get(m.evidence().article())).filter(Objects::nonNull)
                .forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts.entrySet().stream().min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse(null);
    }

}
