package org.parley.core.ports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.core.extract.ArticleFindings;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.model.Story;

/**
 * Where articles and their annotations are kept. Implementations are thread-safe within a process;
 * across processes, many readers and the writers that take {@link #annotationClaims} may use the
 * same store at once.
 *
 * <p>Every write is atomic: after a crash the store holds each article either whole or not at all.
 */
public interface ArticleStore extends AutoCloseable {

    /** What {@link #put} did. */
    enum PutResult {
        /** Not seen before. */
        NEW,
        /** The same content is already stored; nothing changed. */
        DUPLICATE,
        /** New content for a URL already stored: stored and linked to the earlier version. */
        NEW_VERSION
    }

    /** The result of a put; {@code previous} is the earlier version for {@link PutResult#NEW_VERSION}. */
    record Put(PutResult result, ArticleId id, ArticleId previous) {
    }

    /**
     * Stores an article unless one with the same id exists. When another article with the same URL
     * exists, the new one is stored as its newer version ({@code previous} is set by the store).
     */
    Put put(Article article);

    Optional<Article> article(ArticleId id);

    /** Articles in ingest order, {@code limit} at most starting at {@code offset}. */
    List<Article> articles(int offset, int limit);

    /**
     * Articles in ingest order, {@code limit} at most, stored after {@code cursor}. The default
     * reads the cursor as an offset, right for a store that only appends; a database overrides it
     * to seek by key, so walking the whole store reads each row once.
     */
    default StorePage<Article> articlesAfter(StorePage.Cursor cursor, int limit) {
        List<Article> page = articles(Math.toIntExact(cursor.position()), limit);
        return new StorePage<>(page, new StorePage.Cursor(cursor.position() + page.size()));
    }

    /** Visits every article in ingest order, one {@link #articlesAfter} page at a time. */
    default void forEachArticle(Consumer<Article> action) {
        walk(this::articlesAfter, action);
    }

    /** Ids of the articles with the given status, in ingest order. */
    List<ArticleId> idsWithStatus(ArticleStatus status);

    /** Stores an article's annotation and marks it {@link ArticleStatus#ANNOTATED}, atomically. */
    void saveAnnotation(ArticleId id, AnnotatedText annotation);

    Optional<AnnotatedText> annotation(ArticleId id);

    /** Marks an article {@link ArticleStatus#FAILED} with the reason. */
    void markFailed(ArticleId id, String error);

    /**
     * Claims on the articles waiting for annotation that hold across the processes sharing this
     * store, for {@code owner}, each lasting {@code lease} unless renewed; empty for a store that
     * one process writes at a time (the ingester then hands articles out itself).
     */
    default Optional<AnnotationClaims> annotationClaims(String owner, java.time.Duration lease) {
        return Optional.empty();
    }

    long count();

    /**
     * A value that changes whenever articles or findings are added or replaced, also by another
     * process sharing the store: a long-running reader (the server) compares two marks to know
     * whether to reread. The default notices new articles only.
     */
    default String changeMark() {
        return Long.toString(count());
    }

    /**
     * Stores what the events stage found in an article, replacing earlier findings for it.
     *
     * @param extractor name and version of the extractor, so stale findings can be recognised
     */
    void saveFindings(ArticleFindings findings, String extractor);

    Optional<ArticleFindings> findings(ArticleId id);

    /** Findings of every article, in ingest order, {@code limit} at most starting at {@code offset}. */
    List<ArticleFindings> findings(int offset, int limit);

    /** Findings in ingest order of their articles, {@code limit} at most, after {@code cursor}; as {@link #articlesAfter}. */
    default StorePage<ArticleFindings> findingsAfter(StorePage.Cursor cursor, int limit) {
        List<ArticleFindings> page = findings(Math.toIntExact(cursor.position()), limit);
        return new StorePage<>(page, new StorePage.Cursor(cursor.position() + page.size()));
    }

    /** Visits the findings of every article that has them, in ingest order, one {@link #findingsAfter} page at a time. */
    default void forEachFindings(Consumer<ArticleFindings> action) {
        walk(this::findingsAfter, action);
    }

    /** How many items a {@code forEach} walk reads per page. */
    int WALK_PAGE = 500;

    private static <T> void walk(BiFunction<StorePage.Cursor, Integer, StorePage<T>> pages,
                                 Consumer<T> action) {
        StorePage.Cursor cursor = StorePage.Cursor.START;
        while (true) {
            StorePage<T> page = pages.apply(cursor, WALK_PAGE);
            page.items().forEach(action);
            if (page.last(WALK_PAGE)) {
                return;
            }
            cursor = page.next();
        }
    }

    /** Ids of annotated articles whose findings are missing or came from another extractor, in ingest order. */
    List<ArticleId> idsNeedingFindings(String extractor);

    /** The clusters whose ids are kept stable across runs (see {@code org.parley.core.cluster.StableIds}). */
    enum IdKind {
        /** Story id → member article ids. */
        STORY,
        /** Consolidated event id → member mention keys. */
        EVENT
    }

    /**
     * The last saved assignment of stable ids of that kind: id → member keys (article ids for
     * stories, mention keys for events). Empty when none was saved.
     */
    Map<String, Set<String>> stableIds(IdKind kind);

    /** Replaces the saved assignment of that kind with {@code assignment}, atomically. */
    void saveStableIds(IdKind kind, Map<String, Set<String>> assignment);

    /**
     * Ids of that kind that were retired (their cluster merged into another, or a split left them
     * no part), each with the id that took its members: retired id → successor. The successor may
     * itself be retired later; follow the chain to the id in use.
     */
    Map<String, String> retiredIds(IdKind kind);

    /** Records retired ids (retired id → successor), adding to or updating those recorded, atomically. */
    void retireIds(IdKind kind, Map<String, String> successors);

    /**
     * The stories as last assigned, and the {@link #changeMark} of the store they describe.
     *
     * @param stories by date (undated last), then id
     * @param mark    the change mark when they were saved: when it is still the store's, they are current
     */
    record SavedStories(List<Story> stories, String mark) {
        public SavedStories {
            stories = List.copyOf(stories);
        }
    }

    /** The stories saved by the last {@link #saveStories}; empty when none were saved. */
    default Optional<SavedStories> savedStories() {
        return Optional.empty();
    }

    /**
     * One step of the story assignment. {@code replaceAll}: the stories become {@code added} alone;
     * otherwise the stories {@code removed} (ids) go and {@code added} come. Their stable ids
     * ({@link #stableIds} of {@link IdKind#STORY}) follow; {@code retired} ids are recorded as by
     * {@link #retireIds}; {@code evidence} is kept for the articles it is of, with the findings it
     * was built from; {@code mark} is the change mark the stories now describe; {@code basedOn} the
     * mark of the saved stories the step was computed from (null: none were saved).
     */
    record StoryUpdate(boolean replaceAll, Set<String> removed, List<Story> added, Map<String, String> retired,
                       List<StoryEvidence> evidence, String mark, String basedOn) {
        public StoryUpdate {
            removed = Set.copyOf(removed);
            added = List.copyOf(added);
            retired = Map.copyOf(retired);
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Writes one step of the story assignment, atomically (a crash leaves the previous stories and
     * mark, which the next reader finds stale and computes again), unless the saved stories are no
     * longer those of {@code basedOn} (another process saved a step meanwhile).
     * The default keeps the stable ids and retired ids only, so {@link #savedStories} stays empty.
     *
     * @return false when nothing was written because another step came first
     */
    default boolean saveStories(StoryUpdate update) {
        Map<String, Set<String>> ids = new java.util.TreeMap<>(update.replaceAll() ? Map.of() : stableIds(IdKind.STORY));
        update.removed().forEach(ids::remove);
        update.added().forEach(s -> ids.put(s.id(), new java.util.TreeSet<>(s.articles().stream().map(ArticleId::value).toList())));
        retireIds(IdKind.STORY, update.retired());
        saveStableIds(IdKind.STORY, ids);
        return true;
    }

    /** Visits the kept story evidence of every article that has one (see {@link #saveStories}). */
    default void forEachStoryEvidence(Consumer<StoryEvidence> action) {
    }

    /**
     * Annotated articles with findings whose story evidence is not kept or was built from other
     * findings, in ingest order. The default keeps none, so it lists every article with findings.
     */
    default List<ArticleId> idsNeedingStoryEvidence() {
        List<ArticleId> out = new java.util.ArrayList<>();
        forEachFindings(f -> out.add(f.article()));
        return out;
    }

    @Override
    void close();
}
