package org.parley.server;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parley.core.consolidate.TimelineBuilder;
import org.parley.core.extract.EventFilter;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.ContractJson;
import org.parley.engine.EventCatalog;
import org.parley.engine.StoryAssignment;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Commitment;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.PublicationDate;
import org.parley.model.Story;
import org.parley.search.SearchEntry;
import org.parley.search.SearchIndex;

/**
 * Everything the API reads, computed once from a store: stories, consolidated events in date order,
 * commitments, actors with counts, article summaries, indexes by country, type and article, and
 * the search index.
 *
 * <p>Immutable and thread-safe once built; a new ingest makes a new snapshot
 * ({@link LiveCatalog}), so no request ever recomputes stories or consolidation.
 */
public final class CatalogSnapshot {

    /**
     * What the API shows of an article without its text.
     *
     * @param id        full article id
     * @param doc       file name or URL
     * @param title     headline, else the first line of the text (shortened)
     * @param outlet    the outlet: the site the metadata names, else the URL's host, else the folder the file was in
     * @param url       canonical URL, or null
     * @param published publication date (ISO day), or null
     * @param language  ISO 639-1 code
     * @param status    STORED, ANNOTATED, FAILED, SKIPPED_LANGUAGE, ...
     * @param story     the story it belongs to, or null
     */
    public record ArticleInfo(String id, String doc, String title, String outlet, String url, String published,
                              String language, String status, String story) {
    }

    /**
     * An actor and how often it appears.
     *
     * @param name    canonical name
     * @param kind    person, organisation, country, group (lower case)
     * @param country ISO alpha-3 code, or null
     * @param role    the most recent role (people), or null
     * @param events  how many consolidated events it takes part in
     * @param first   the earliest event date (ISO), or null
     * @param last    the latest event date (ISO), or null
     */
    public record ActorCount(String name, String kind, String country, String role, int events, String first,
                             String last) {
    }

    private final List<Story> stories;
    private final Map<String, Story> storiesById;
    private final Map<String, List<Event>> eventsByStory;
    private final List<Event> events;
    private final Map<String, Event> eventsById;
    private final Map<String, List<Event>> eventsByCountry;
    private final Map<String, List<Event>> eventsByType;
    private final Map<String, List<Event>> eventsByArticle;
    private final Map<String, BitSet> positionsByActorText; // "name\u0000role" lower case -> positions in events
    private final List<Commitment> commitments;
    private final Map<String, List<Commitment>> commitmentsByArticle;
    private final List<ActorCount> actors;
    private final List<ArticleInfo> articles;
    private final NavigableMap<String, ArticleInfo> articlesById;
    private final SearchIndex search;
    private final Instant builtAt;
    private final Duration buildTime;
    private final MergedIds merged;
    private volatile List<Dyad> dyads; // counted on first use: the page asks once per visit, uploads never

    /** A pair of countries (alphabetical) with the number of events between them. */
    public record Dyad(List<String> countries, int events) {
    }

    private CatalogSnapshot(List<Story> stories, List<Event> events, List<Commitment> commitments,
                            List<ArticleInfo> articles, SearchIndex search, Instant builtAt, Duration buildTime,
                            MergedIds merged) {
        this.stories = List.copyOf(stories);
        this.storiesById = index(stories, Story::id);
        this.events = List.copyOf(events);
        this.eventsById = index(events, Event::id);
        Map<String, List<Event>> byStory = new HashMap<>(), byCountry = new HashMap<>(), byType = new HashMap<>(),
                byArticle = new HashMap<>();
        for (Event e : events) {
            if (e.story() != null) {
                byStory.computeIfAbsent(e.story(), k -> new ArrayList<>()).add(e);
            }
            EventQuery.actors(e).map(Actor::country).filter(c -> c != null).distinct()
                    .forEach(c -> byCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(e));
            byType.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e);
            e.mentions().stream().map(m -> m.evidence().article().value()).distinct()
                    .forEach(a -> byArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(e));
        }
        this.eventsByStory = frozen(byStory);
        this.eventsByCountry = frozen(byCountry);
        this.eventsByType = frozen(byType);
        this.eventsByArticle = frozen(byArticle);
        Map<String, BitSet> byActorText = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            int position = i;
            EventQuery.actors(events.get(i)).forEach(a -> byActorText.computeIfAbsent(
                    (a.name() + "\u0000" + (a.role() == null ? "" : a.role())).toLowerCase(Locale.ROOT), k -> new BitSet())
                    .set(position));
        }
        this.positionsByActorText = Collections.unmodifiableMap(byActorText);
        this.commitments = List.copyOf(commitments);
        Map<String, List<Commitment>> cByArticle = new HashMap<>();
        for (Commitment c : commitments) {
            cByArticle.computeIfAbsent(c.evidence().article().value(), k -> new ArrayList<>()).add(c);
        }
        this.commitmentsByArticle = frozen(cByArticle);
        this.actors = countActors(events);
        this.articles = List.copyOf(articles);
        TreeMap<String, ArticleInfo> byId = new TreeMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        this.articlesById = Collections.unmodifiableNavigableMap(byId);
        this.search = search;
        this.builtAt = builtAt;
        this.buildTime = buildTime;
        this.merged = merged;
    }

    /** An empty catalog (no store read yet). */
    public static CatalogSnapshot empty() {
        return new CatalogSnapshot(List.of(), List.of(), List.of(), List.of(), SearchIndex.build(List.of()),
                Instant.now(), Duration.ZERO, MergedIds.NONE);
    }

    /** Reads the whole store: stories, consolidated events, commitments, articles; builds the search index. */
    public static CatalogSnapshot of(ArticleStore store) {
        return of(store, new StoryAssignment(store));
    }

    /**
     * As {@link #of(ArticleStore)}, with the stories kept up to date by {@code assignment}: a
     * long-lived caller keeps one, so articles ingested since its last snapshot are assigned without
     * rebuilding the assignment state from the whole store.
     */
    public static CatalogSnapshot of(ArticleStore store, StoryAssignment assignment) {
        Instant start = Instant.now();
        EventCatalog catalog = new EventCatalog(store, assignment);
        List<Story> stories = catalog.stories();
        List<Event> events = new ArrayList<>(catalog.consolidated());
        events.sort(TimelineBuilder.ORDER);
        List<Commitment> commitments = catalog.commitments();
        Map<String, String> storyOfArticle = new HashMap<>();
        stories.forEach(s -> s.articles().forEach(a -> storyOfArticle.put(a.value(), s.id())));
        Map<String, List<Event>> eventsOfArticle = new HashMap<>();
        for (Event e : events) {
            e.mentions().stream().map(m -> m.evidence().article().value()).distinct()
                    .forEach(a -> eventsOfArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(e));
        }
        List<ArticleInfo> articles = new ArrayList<>();
        List<SearchEntry> entries = new ArrayList<>();
        Map<String, String> outletOfArticle = new HashMap<>();
        store.forEachArticle(a -> {
            ArticleInfo info = info(a, storyOfArticle.get(a.id().value()));
            articles.add(info);
            outletOfArticle.put(info.id(), info.outlet());
            List<Event> own = eventsOfArticle.getOrDefault(info.id(), List.of());
            entries.add(new SearchEntry.ArticleEntry(info.id(), info.title(), a.clean().text(), info.outlet(),
                    info.published(), info.language(),
                    own.stream().flatMap(EventQuery::actors).map(Actor::country).filter(c -> c != null).distinct().toList(),
                    own.stream().map(Event::type).distinct().toList()));
        });
        MergedIds merged = MergedIds.of(store, stories.stream().map(Story::id).collect(Collectors.toSet()),
                events.stream().map(Event::id).collect(Collectors.toSet()));
        return assemble(stories, events, commitments, articles, entries, outletOfArticle, start, merged);
    }

    /**
     * A snapshot of parts already read: indexes the events' evidence beside the article entries.
     * {@code events} must be in {@link TimelineBuilder#ORDER}.
     */
    static CatalogSnapshot assemble(List<Story> stories, List<Event> events, List<Commitment> commitments,
                                    List<ArticleInfo> articles, List<SearchEntry> articleEntries,
                                    Map<String, String> outletOfArticle, Instant start) {
        return assemble(stories, events, commitments, articles, articleEntries, outletOfArticle, start, MergedIds.NONE);
    }

    private static CatalogSnapshot assemble(List<Story> stories, List<Event> events, List<Commitment> commitments,
                                            List<ArticleInfo> articles, List<SearchEntry> articleEntries,
                                            Map<String, String> outletOfArticle, Instant start, MergedIds merged) {
        List<SearchEntry> entries = new ArrayList<>(articleEntries);
        for (Event e : events) {
            entries.add(new SearchEntry.EventEntry(e.id(), title(e), e.type(), e.date().iso(),
                    EventQuery.actors(e).map(Actor::country).filter(c -> c != null).distinct().toList(),
                    EventQuery.actors(e).map(Actor::name).distinct().toList(),
                    e.mentions().stream().map(m -> outletOfArticle.get(m.evidence().article().value()))
                            .filter(o -> o != null).distinct().toList(),
                    e.mentions().stream().map(m -> m.evidence().text()).distinct().toList()));
        }
        SearchIndex search = SearchIndex.build(entries);
        Instant end = Instant.now();
        return new CatalogSnapshot(stories, events, commitments, articles, search, end, Duration.between(start, end),
                merged);
    }

    /** A one-line description of an event: {@code CONSULT/phone: Antony Blinken – Bui Thanh Son}. */
    public static String title(Event e) {
        return e.type() + (e.mode() == null ? "" : "/" + e.mode()) + ": "
                + e.source().stream().map(Actor::name).collect(Collectors.joining(", ")) + " – "
                + e.target().stream().map(Actor::name).collect(Collectors.joining(", "));
    }

    public List<Story> stories() {
        return stories;
    }

    public Optional<Story> story(String id) {
        return Optional.ofNullable(storiesById.get(id));
    }

    /** The story id in use that a retired story id merged into, or empty. */
    public Optional<String> storyMergedInto(String retiredId) {
        return merged.story(retiredId);
    }

    /** The event id in use that a retired event id merged into, or empty. */
    public Optional<String> eventMergedInto(String retiredId) {
        return merged.event(retiredId);
    }

    /** The events of a story, in date order. */
    public List<Event> eventsOfStory(String storyId) {
        return eventsByStory.getOrDefault(storyId, List.of());
    }

    /** Every consolidated event, in date order (undated last). */
    public List<Event> events() {
        return events;
    }

    /** The events matching the query, in date order; starts from the smallest index that applies. */
    public List<Event> events(EventQuery query) {
        List<Event> candidates = events;
        for (String c : query.countries()) {
            candidates = smaller(candidates, eventsByCountry.getOrDefault(c, List.of()));
        }
        if (query.type() != null) {
            String type = query.type().split("/", 2)[0].toUpperCase(Locale.ROOT);
            candidates = smaller(candidates, eventsByType.getOrDefault(type, List.of()));
        }
        if (query.story() != null) {
            candidates = smaller(candidates, eventsByStory.getOrDefault(query.story(), List.of()));
        }
        if (query.actor() != null) {
            candidates = smaller(candidates, eventsOfActorsMatching(query.actor()));
        }
        return candidates.stream().filter(query::test).toList();
    }

    /** Events with an actor whose name or role contains {@code text} (any case), via the distinct actors. */
    private List<Event> eventsOfActorsMatching(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        BitSet positions = new BitSet();
        positionsByActorText.forEach((key, bits) -> {
            if (key.contains(wanted) && !wanted.contains("\u0000")) {
                positions.or(bits);
            }
        });
        List<Event> out = new ArrayList<>(positions.cardinality());
        positions.stream().forEach(i -> out.add(events.get(i)));
        return out;
    }

    public Optional<Event> event(String id) {
        return Optional.ofNullable(eventsById.get(id));
    }

    /** The events with a mention in the article. */
    public List<Event> eventsOfArticle(String articleId) {
        return eventsByArticle.getOrDefault(articleId, List.of());
    }

    /** Every commitment, in date order. */
    public List<Commitment> commitments() {
        return commitments;
    }

    public List<Commitment> commitmentsOfArticle(String articleId) {
        return commitmentsByArticle.getOrDefault(articleId, List.of());
    }

    public Optional<Commitment> commitment(String id) {
        return commitments.stream().filter(c -> ContractJson.commitmentId(c).equals(id)).findFirst();
    }

    /** Actors by number of events, most frequent first. */
    public List<ActorCount> actors() {
        return actors;
    }

    /** Country pairs with events between them, busiest first (ties alphabetical). */
    public List<Dyad> dyads() {
        List<Dyad> counted = dyads;
        if (counted == null) {
            Map<List<String>, Integer> counts = new HashMap<>();
            for (Event e : events) {
                Set<List<String>> pairs = new java.util.HashSet<>();
                for (Actor s : e.source()) {
                    for (Actor t : e.target()) {
                        if (s.country() != null && t.country() != null && !s.country().equals(t.country())) {
                            pairs.add(s.country().compareTo(t.country()) < 0 ? List.of(s.country(), t.country())
                                    : List.of(t.country(), s.country()));
                        }
                    }
                }
                pairs.forEach(p -> counts.merge(p, 1, Integer::sum));
            }
            counted = counts.entrySet().stream()
                    .map(en -> new Dyad(en.getKey(), en.getValue()))
                    .sorted(Comparator.comparingInt(Dyad::events).reversed()
                            .thenComparing(d -> String.join(",", d.countries())))
                    .toList();
            dyads = counted;
        }
        return counted;
    }

    /** Articles in ingest order. */
    public List<ArticleInfo> articles() {
        return articles;
    }

    /** The article with this id, or the only one whose id starts with it (at least 6 characters). */
    public Optional<ArticleInfo> article(String idOrPrefix) {
        ArticleInfo exact = articlesById.get(idOrPrefix);
        if (exact != null || idOrPrefix.length() < 6) {
            return Optional.ofNullable(exact);
        }
        List<ArticleInfo> matches = articlesById.tailMap(idOrPrefix, true).values().stream()
                .takeWhile(a -> a.id().startsWith(idOrPrefix)).limit(2).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    public SearchIndex search() {
        return search;
    }

    public Instant builtAt() {
        return builtAt;
    }

    public Duration buildTime() {
        return buildTime;
    }

    static ArticleInfo info(Article a, String story) {
        String published = a.published() instanceof PublicationDate.Dated d ? d.date().toString() : null;
        return new ArticleInfo(a.id().value(), a.doc(), headline(a), outlet(a), a.raw().url(), published, a.language(),
                a.status().name(), story);
    }

    private static String headline(Article a) {
        if (a.raw().title() != null && !a.raw().title().isBlank()) {
            return a.raw().title().strip();
        }
        String text = a.clean().text().strip();
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        return first.length() <= 120 ? first : first.substring(0, 119) + "…";
    }

    /** The outlet: metadata site, else the URL's host, else the folder a file came from. */
    static String outlet(Article a) {
        if (a.raw().site() != null && !a.raw().site().isBlank()) {
            return a.raw().site().strip();
        }
        if (a.raw().url() != null) {
            try {
                String host = URI.create(a.raw().url()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall through to the folder name
            }
        }
        java.nio.file.Path parent = null;
        try {
            parent = java.nio.file.Path.of(a.raw().origin().path()).getParent();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        return parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
    }

    private static List<ActorCount> countActors(List<Event> events) {
        record Key(String name, String kind, String country) {
        }
        Map<Key, List<Event>> byActor = new LinkedHashMap<>();
        Map<Key, String> roles = new HashMap<>();
        for (Event e : events) {
            Set<Key> seen = new LinkedHashSet<>();
            EventQuery.actors(e).forEach(a -> {
                Key k = new Key(a.name(), a.kind().name().toLowerCase(Locale.ROOT), a.country());
                if (seen.add(k)) {
                    byActor.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
                }
                if (a.role() != null) {
                    roles.put(k, a.role()); // events are in date order: the last role seen is the latest
                }
            });
        }
        List<ActorCount> out = new ArrayList<>();
        byActor.forEach((k, list) -> {
            List<String> dates = list.stream().map(e -> e.date().iso()).filter(d -> d != null).sorted().toList();
            out.add(new ActorCount(k.name(), k.kind(), k.country(), roles.get(k), list.size(),
                    dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1)));
        });
        out.sort(Comparator.comparingInt(ActorCount::events).reversed().thenComparing(ActorCount::name));
        return List.copyOf(out);
    }

    /** True when the date's interval overlaps [from, to] (either may be null); an unknown date is in no period. */
    static boolean inPeriod(EventDate date, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return true;
        }
        LocalDate first = EventFilter.firstDay(date), last = EventFilter.lastDay(date);
        if (first == null) {
            return false;
        }
        return (to == null || !first.isAfter(to)) && (from == null || !last.isBefore(from));
    }

    private static <T> List<T> smaller(List<T> a, List<T> b) {
        return b.size() < a.size() ? b : a;
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> out = new HashMap<>();
        items.forEach(i -> out.put(key.apply(i), i));
        return Collections.unmodifiableMap(out);
    }

    private static <T> Map<String, List<T>> frozen(Map<String, List<T>> map) {
        Map<String, List<T>> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }
}
