package org.parley.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parley.core.cluster.StableIds;
import org.parley.core.consolidate.EventConsolidator;
import org.parley.core.consolidate.ParentEvents;
import org.parley.core.consolidate.PlannedEvents;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.extract.EventFilter;
import org.parley.core.ports.ArticleStore;
import org.parley.model.Actor;
import org.parley.model.ArticleId;
import org.parley.model.Commitment;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.model.Story;

/**
 * The events and commitments in a store, as users ask for them: filtered and in date order.
 *
 * <p>Events are the stored findings of every article consolidated across articles (one real event
 * once, with every mention and the conflicts between its sources); undated events come last.
 * Reads the store page by page, once per catalog: stories and consolidated events are computed on
 * first use and kept, so make a new catalog to see articles ingested since. Not thread-safe.
 *
 * <p><b>Stories</b> are read from the store as {@code parley ingest} left them; when articles arrived
 * since, {@link StoryAssignment} assigns them first (equal to clustering every stored article, so
 * never dependent on the order articles arrived in) and saves the step.
 *
 * <p><b>Stable ids.</b> Ids are carried over from the assignment saved in the store by
 * {@link StableIds}: a story that gained an article, even one published earlier than its first,
 * keeps its id, and so does a consolidated event that gained a mention. When the event assignment
 * changed, the catalog saves it ({@link ArticleStore#saveStableIds}), so computing events writes to
 * the store; ids that stopped naming a cluster are recorded with the id that took their members
 * ({@link ArticleStore#retireIds}), so {@link #currentStoryId} and {@link #currentEventId} can tell
 * a client holding an old id where its story or event went.
 */
public final class EventCatalog {

    private final ArticleStore store;
    private final StoryAssignment assignment;
    private List<Story> stories;       // computed on first use
    private List<Event> consolidated;  // computed on first use

    public EventCatalog(ArticleStore store) {
        this(store, new StoryAssignment(store));
    }

    /** A catalog whose stories come from {@code assignment}, which a long-lived process keeps across catalogs. */
    public EventCatalog(ArticleStore store, StoryAssignment assignment) {
        this.store = store;
        this.assignment = assignment;
    }

    /** The events that pass the filter, in date order (then by id, so the order is stable). */
    public List<Event> events(EventFilter filter) {
        List<Event> out = new ArrayList<>(consolidated().stream().filter(filter::test).toList());
        out.sort(Comparator.comparing((Event e) -> sortKey(e)).thenComparing(Event::id));
        return out;
    }

    public Optional<Event> event(String id) {
        return consolidated().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * Every article's findings, consolidated across articles; each event is labelled with the story
     * (cross-outlet cluster) its mentions' articles belong to.
     */
    public List<Event> consolidated() {
        if (consolidated != null) {
            return consolidated;
        }
        List<ArticleFindings> findings = new ArrayList<>();
        store.forEachFindings(findings::add);
        Map<String, List<ArticleId>> members = new LinkedHashMap<>();
        for (Story story : stories()) {
            members.put(story.id(), story.articles());
        }
        consolidated = eventsWithStableIds(new EventConsolidator(store::article).consolidate(findings, members));
        return consolidated;
    }

    /** The stories: articles that report the same real-world event, across outlets. */
    public List<Story> stories() {
        if (stories != null) {
            return stories;
        }
        stories = assignment.stories();
        return stories;
    }

    /** Every commitment, in date order. */
    public List<Commitment> commitments() {
        List<Commitment> out = new ArrayList<>();
        store.forEachFindings(f -> out.addAll(f.commitments()));
        out.sort(Comparator.comparing((Commitment c) -> c.date().iso() == null ? "9999" : c.date().iso())
                .thenComparing(c -> c.evidence().doc()).thenComparing(c -> c.evidence().sentence()));
        return out;
    }

    /**
     * The story id in use that {@code id} stands for: itself when it names a story now, else the
     * story its members merged into (following later merges); empty for an unknown id.
     */
    public java.util.Optional<String> currentStoryId(String id) {
        Set<String> live = stories().stream().map(Story::id).collect(Collectors.toSet());
        return StableIds.current(id, live, store.retiredIds(ArticleStore.IdKind.STORY));
    }

    /** The consolidated event id in use that {@code id} stands for, as {@link #currentStoryId}. */
    public java.util.Optional<String> currentEventId(String id) {
        Set<String> live = consolidated().stream().map(Event::id).collect(Collectors.toSet());
        return StableIds.current(id, live, store.retiredIds(ArticleStore.IdKind.EVENT));
    }

    /** The key of a mention in the saved event ids: its sentence, type, trigger and actors. */
    static String mentionKey(EventMention m) {
        return m.evidence().article().value() + "#" + m.evidence().sentence() + "#" + m.type() + "#" + m.trigger()
                + "#" + m.source().stream().map(Actor::name).sorted().toList()
                + ">" + m.target().stream().map(Actor::name).sorted().toList();
    }

    private List<Event> eventsWithStableIds(List<Event> computed) {
        List<StableIds.Cluster> clusters = computed.stream().map(e -> new StableIds.Cluster(e.id(),
                e.mentions().stream().map(EventCatalog::mentionKey).collect(Collectors.toSet()))).toList();
        List<String> ids = assignAndSave(ArticleStore.IdKind.EVENT, clusters);
        Map<String, String> stableId = new HashMap<>();
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < computed.size(); i++) {
            stableId.put(computed.get(i).id(), ids.get(i));
            out.add(computed.get(i).withId(ids.get(i)));
        }
        out = new ArrayList<>(PlannedEvents.renamed(ParentEvents.renamed(out, id -> stableId.getOrDefault(id, id)),
                id -> stableId.getOrDefault(id, id)));
        out.sort(Comparator.comparing((Event e) -> sortKey(e)).thenComparing(Event::id));
        return List.copyOf(out);
    }

    /** The stable ids of the clusters; saves the assignment when it differs from the saved one. */
    private List<String> assignAndSave(ArticleStore.IdKind kind, List<StableIds.Cluster> clusters) {
        Map<String, Set<String>> previous = store.stableIds(kind);
        List<String> ids = StableIds.assign(clusters, previous);
        Map<String, Set<String>> now = new TreeMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            now.put(ids.get(i), new TreeSet<>(clusters.get(i).members()));
        }
        if (!now.equals(previous)) {
            // retirements first: a crash before the new assignment is saved computes them again
            store.retireIds(kind, StableIds.successors(clusters, ids, previous));
            store.saveStableIds(kind, now);
        }
        return ids;
    }

    private static String sortKey(Event e) {
        return e.date().iso() == null ? "9999" : e.date().iso();
    }

}
