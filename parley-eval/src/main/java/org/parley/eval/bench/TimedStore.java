package org.parley.eval.bench;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.ports.ArticleStore;
import org.parley.core.ports.StorePage;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;

/**
 * An article store that adds the time of every call to {@link PipelineBench#STORE_WRITE} or
 * {@link PipelineBench#STORE_READ}, and otherwise does what the store it wraps does. Thread-safe
 * when the wrapped store is.
 */
final class TimedStore implements ArticleStore {

    private final ArticleStore store;
    private final StageTimes times;

    TimedStore(ArticleStore store, StageTimes times) {
        this.store = Objects.requireNonNull(store, "store");
        this.times = Objects.requireNonNull(times, "times");
    }

    @Override
    public Put put(Article article) {
        return times.time(PipelineBench.STORE_WRITE, () -> store.put(article));
    }

    @Override
    public Optional<Article> article(ArticleId id) {
        return times.time(PipelineBench.STORE_READ, () -> store.article(id));
    }

    @Override
    public List<Article> articles(int offset, int limit) {
        return times.time(PipelineBench.STORE_READ, () -> store.articles(offset, limit));
    }

    @Override
    public StorePage<Article> articlesAfter(StorePage.Cursor cursor, int limit) {
        return times.time(PipelineBench.STORE_READ, () -> store.articlesAfter(cursor, limit));
    }

    @Override
    public List<ArticleId> idsWithStatus(ArticleStatus status) {
        return times.time(PipelineBench.STORE_READ, () -> store.idsWithStatus(status));
    }

    @Override
    public void saveAnnotation(ArticleId id, AnnotatedText annotation) {
        times.run(PipelineBench.STORE_WRITE, () -> store.saveAnnotation(id, annotation));
    }

    @Override
    public Optional<AnnotatedText> annotation(ArticleId id) {
        return times.time(PipelineBench.STORE_READ, () -> store.annotation(id));
    }

    @Override
    public void markFailed(ArticleId id, String error) {
        times.run(PipelineBench.STORE_WRITE, () -> store.markFailed(id, error));
    }

    @Override
    public long count() {
        return store.count();
    }

    @Override
    public void saveFindings(ArticleFindings findings, String extractor) {
        times.run(PipelineBench.STORE_WRITE, () -> store.saveFindings(findings, extractor));
    }

    @Override
    public Optional<ArticleFindings> findings(ArticleId id) {
        return times.time(PipelineBench.STORE_READ, () -> store.findings(id));
    }

    @Override
    public List<ArticleFindings> findings(int offset, int limit) {
        return times.time(PipelineBench.STORE_READ, () -> store.findings(offset, limit));
    }

    @Override
    public StorePage<ArticleFindings> findingsAfter(StorePage.Cursor cursor, int limit) {
        return times.time(PipelineBench.STORE_READ, () -> store.findingsAfter(cursor, limit));
    }

    @Override
    public List<ArticleId> idsNeedingFindings(String extractor) {
        return times.time(PipelineBench.STORE_READ, () -> store.idsNeedingFindings(extractor));
    }

    @Override
    public String changeMark() {
        return times.time(PipelineBench.STORE_READ, store::changeMark);
    }

    @Override
    public Map<String, Set<String>> stableIds(IdKind kind) {
        return times.time(PipelineBench.STORE_READ, () -> store.stableIds(kind));
    }

    @Override
    public Map<String, String> retiredIds(IdKind kind) {
        return times.time(PipelineBench.STORE_READ, () -> store.retiredIds(kind));
    }

    @Override
    public void retireIds(IdKind kind, Map<String, String> successors) {
        times.run(PipelineBench.STORE_WRITE, () -> store.retireIds(kind, successors));
    }

    @Override
    public void saveStableIds(IdKind kind, Map<String, Set<String>> assignment) {
        times.run(PipelineBench.STORE_WRITE, () -> store.saveStableIds(kind, assignment));
    }

    @Override
    public void close() {
        store.close();
    }
}
