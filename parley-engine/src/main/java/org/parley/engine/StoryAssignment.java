package org.parley.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.core.cluster.IncrementalStories;
import org.parley.core.cluster.StableStoryIds;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.ports.ArticleStore;
import org.parley.core.ports.ArticleStore.IdKind;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Story;

/**
 * The stories of a store, kept in the store: {@link #stories} returns the saved stories when they
 * describe the store as it is (its {@link ArticleStore#changeMark}), and otherwise assigns the
 * articles that arrived since to stories and saves the step. The stories always equal
 * {@link StoryClusterer#cluster} over every article with findings ({@link IncrementalStories});
 * their ids are carried over by {@link StableStoryIds}, so a merge or split records which id survives.
 *
 * <p>Design decision: the assignment state (candidate pairs, blocks, merge histories) is rebuilt
 * once per process from the evidence kept in the store, then kept up to date; only the stories and
 * each article's evidence are stored (migration V5). Storing the pairs and histories row by row would
 * make each arrival a dozen queries and the schema follow every change of the clusterer; rebuilding
 * costs one batch clustering of the kept evidence, paid only by a process that sees new articles,
 * never by a reader, and a long-lived process (the server, a long ingest) pays it once. Each arrival
 * then costs what its candidate blocks and the stories around it cost, and is written in one
 * transaction (the changed stories, their stable ids, retired ids, the arrivals' evidence and the
 * mark): a crash leaves the previous stories, which the next run finds stale and brings up to date.
 *
 * <p>Findings of an article already assigned that change (a re-extraction) cannot be withdrawn
 * from the incremental state: the stories are then clustered again from scratch; so are stories
 * saved under another {@link StoryClusterer#VERSION} (an upgrade), from evidence computed afresh.
 * Not thread-safe.
 */
public final class StoryAssignment {
    /** What the last {@link #update} did: nothing, saved a new mark only, assigned arrivals, or clustered all. */
    public enum Step { CURRENT, MARKED, ASSIGNED, CLUSTERED }

    // Saved marks start with the rules' version, so stories saved by another version are stale.
    private static final String RULES = StoryClusterer.VERSION + "/";

    private final ArticleStore store;
    private final StoryClusterer clusterer = StoryClusterer.withDefaults();
    private IncrementalStories state;                        // null until the first step that needs it
    private String stateMark;                                // the mark of the saved stories the state makes
    private StableStoryIds ids;                              // the ids of the state's stories
    private Step last = Step.CURRENT;
    private int arrivals;

    public StoryAssignment(ArticleStore store) {
        this.store = store;
    }

    public Step lastStep() {
        return last;
    }

    /** How many articles the last {@link #update} assigned. */
    public int lastArrivals() {
        return arrivals;
    }

    /** The stories of every article with findings, by date (undated last), then id; brought up to date first. */
    public List<Story> stories() {
        return update().orElseGet(() -> store.savedStories().orElseThrow().stories());
    }

    /**
     * Brings the saved stories up to date with the store ({@link #lastStep} says how).
     *
     * @return the stories when they were read or clustered whole anyway; empty after an incremental
     *         step, which does not list them (read them with {@link #stories} or {@link ArticleStore#savedStories})
     */
    public Optional<List<Story>> update() {
        // another process (an ingest, the server) may save a step first: then read again
        for (int attempt = 1; ; attempt++) {
            Optional<Optional<List<Story>>> done = tryUpdate();
            if (done.isPresent()) {
                return done.get();
            }
            state = null;
            if (attempt == 3) {
                throw new IllegalStateException("the stories kept changing under this process: is another one ingesting?");
            }
        }
    }

    // Empty when another process saved a step first.
    private Optional<Optional<List<Story>>> tryUpdate() {
        String mark = RULES + store.changeMark();
        Optional<ArticleStore.SavedStories> saved = store.savedStories();
        String basedOn = saved.map(ArticleStore.SavedStories::mark).orElse(null);
        arrivals = 0;
        if (saved.isPresent() && !basedOn.startsWith(RULES)) { // saved under other story rules: all again
            List<StoryEvidence> evidence = evidence(everyArticleWithEvidence());
            arrivals = evidence.size();
            last = Step.CLUSTERED;
            return clusterAll(evidence, mark, basedOn).map(Optional::of);
        }
        if (saved.isPresent() && saved.get().mark().equals(mark)) {
            last = Step.CURRENT;
            return Optional.of(Optional.of(saved.get().stories()));
        }
        List<ArticleId> needing = store.idsNeedingStoryEvidence();
        if (saved.isPresent() && needing.isEmpty()) { // articles without findings arrived: the stories stand
            if (!store.saveStories(new ArticleStore.StoryUpdate(false, Set.of(), List.of(), Map.of(), List.of(), mark, basedOn))) {
                return Optional.empty();
            }
            if (basedOn.equals(stateMark)) {
                stateMark = mark;
            }
            last = Step.MARKED;
            return Optional.of(Optional.of(saved.get().stories()));
        }
        List<StoryEvidence> evidence = evidence(needing);
        arrivals = evidence.size();
        if (saved.isPresent() && restored(saved.get())
                && evidence.stream().allMatch(e -> state.storyOf(e.article()) == null)) {
            last = Step.ASSIGNED;
            return assign(evidence, mark, basedOn) ? Optional.of(Optional.empty()) : Optional.empty();
        }
        last = Step.CLUSTERED;
        return clusterAll(evidence, mark, basedOn).map(Optional::of);
    }

    // The incremental state as the saved stories describe it, rebuilt when another process saved
    // stories since; false when the kept evidence does not make the saved stories (then everything
    // is clustered again).
    private boolean restored(ArticleStore.SavedStories saved) {
        if (state != null && saved.mark().equals(stateMark)) {
            return true;
        }
        state = null;
        List<StoryEvidence> kept = new ArrayList<>();
        store.forEachStoryEvidence(kept::add);
        IncrementalStories restored = new IncrementalStories(clusterer);
        restored.add(kept);
        if (!sameMembers(restored.stories(), saved.stories())) {
            return false;
        }
        state = restored;
        stateMark = saved.mark();
        ids = new StableStoryIds(saved.stories(), store.retiredIds(IdKind.STORY));
        return true;
    }

    private static boolean sameMembers(List<Story> computed, List<Story> saved) {
        return memberSets(computed).equals(memberSets(saved));
    }

    private static Set<Set<ArticleId>> memberSets(List<Story> stories) {
        return stories.stream().map(s -> Set.copyOf(s.articles())).collect(Collectors.toSet());
    }

    // One incremental step: the changed stories take ids against the saved stories they overlap.
    private boolean assign(List<StoryEvidence> evidence, String mark, String basedOn) {
        StableStoryIds.Step step = ids.apply(state.add(evidence));
        stateMark = mark;
        return store.saveStories(new ArticleStore.StoryUpdate(false, step.removed(), step.added(), step.retired(),
                evidence, mark, basedOn));
    }

    // Every article clustered again; ids carried over from the whole saved assignment.
    private Optional<List<Story>> clusterAll(List<StoryEvidence> arrivals, String mark, String basedOn) {
        Map<ArticleId, StoryEvidence> all = new LinkedHashMap<>();
        store.forEachStoryEvidence(e -> all.put(e.article(), e));
        arrivals.forEach(e -> all.put(e.article(), e));
        state = new IncrementalStories(clusterer);
        state.add(all.values());
        ids = new StableStoryIds(List.of(), store.retiredIds(IdKind.STORY));
        StableStoryIds.Step step = ids.reassign(state.stories(), store.stableIds(IdKind.STORY));
        stateMark = mark;
        boolean saved = store.saveStories(new ArticleStore.StoryUpdate(true, Set.of(), step.added(), step.retired(),
                arrivals, mark, basedOn));
        return saved ? Optional.of(sorted(step.added())) : Optional.empty();
    }

    private List<ArticleId> everyArticleWithEvidence() {
        Set<ArticleId> ids = new java.util.LinkedHashSet<>();
        store.forEachStoryEvidence(e -> ids.add(e.article()));
        ids.addAll(store.idsNeedingStoryEvidence());
        return List.copyOf(ids);
    }

    private List<StoryEvidence> evidence(List<ArticleId> ids) {
        List<StoryEvidence> out = new ArrayList<>();
        for (ArticleId id : ids) {
            Optional<Article> article = store.article(id);
            Optional<ArticleFindings> findings = store.findings(id);
            Optional<AnnotatedText> text = store.annotation(id);
            if (article.isPresent() && findings.isPresent() && text.isPresent()) {
                out.add(StoryEvidence.of(article.get(), text.get(), findings.get()));
            }
        }
        return out;
    }

    private static List<Story> sorted(List<Story> stories) {
        List<Story> out = new ArrayList<>(stories);
        out.sort(Comparator.comparing(Story::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Story::id));
        return List.copyOf(out);
    }
}
