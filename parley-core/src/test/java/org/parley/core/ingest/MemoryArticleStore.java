package org.parley.core.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.EnumMap;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.ports.ArticleStore;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;

/** An in-memory store for tests of the ingest flow; same semantics as the port's Javadoc. */
class MemoryArticleStore implements ArticleStore {
    private final Map<ArticleId, Article> articles = new LinkedHashMap<>();
    private final Map<ArticleId, AnnotatedText> annotations = new LinkedHashMap<>();
    private final Map<ArticleId, ArticleFindings> findings = new LinkedHashMap<>();
    private final Map<ArticleId, String> extractors = new LinkedHashMap<>();
    private final Map<IdKind, Map<String, Set<String>>> stableIds = new EnumMap<>(IdKind.class);
    private final Map<IdKind, Map<String, String>> retiredIds = new EnumMap<>(IdKind.class);

    @Override
    public synchronized Put put(Article article) {
        if (articles.containsKey(article.id())) {
            return new Put(PutResult.DUPLICATE, article.id(), null);
        }
        ArticleId previous = null;
        if (article.raw().url() != null) {
            for (Article a : articles.values()) {
                if (article.raw().url().equals(a.raw().url())) {
                    previous = a.id();
                }
            }
        }
        articles.put(article.id(), new Article(article.id(), previous, article.raw(), article.clean(), article.language(),
                article.published(), article.status(), article.error(), article.ingestedAt()));
        return new Put(previous == null ? PutResult.NEW : PutResult.NEW_VERSION, article.id(), previous);
    }

    @Override
    public synchronized Optional<Article> article(ArticleId id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public synchronized List<Article> articles(int offset, int limit) {
        return articles.values().stream().skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized List<ArticleId> idsWithStatus(ArticleStatus status) {
        List<ArticleId> ids = new ArrayList<>();
        articles.values().stream().filter(a -> a.status() == status).forEach(a -> ids.add(a.id()));
        return ids;
    }

    @Override
    public synchronized void saveAnnotation(ArticleId id, AnnotatedText annotation) {
        annotations.put(id, annotation);
        articles.computeIfPresent(id, (k, a) -> a.withStatus(ArticleStatus.ANNOTATED, null));
    }

    @Override
    public synchronized Optional<AnnotatedText> annotation(ArticleId id) {
        return Optional.ofNullable(annotations.get(id));
    }

    @Override
    public synchronized void markFailed(ArticleId id, String error) {
        articles.computeIfPresent(id, (k, a) -> a.withStatus(ArticleStatus.FAILED, error));
    }

    @Override
    public synchronized void saveFindings(ArticleFindings f, String extractor) {
        findings.put(f.article(), f);
        extractors.put(f.article(), extractor);
    }

    @Override
    public synchronized Optional<ArticleFindings> findings(ArticleId id) {
        return Optional.ofNullable(findings.get(id));
    }

    @Override
    public synchronized List<ArticleFindings> findings(int offset, int limit) {
        return articles.keySet().stream().map(findings::get).filter(java.util.Objects::nonNull).skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized List<ArticleId> idsNeedingFindings(String extractor) {
        return articles.values().stream().filter(a -> a.status() == ArticleStatus.ANNOTATED)
                .map(Article::id).filter(id -> !extractor.equals(extractors.get(id))).toList();
    }

    @Override
    public synchronized long count() {
        return articles.size();
    }

    @Override
    public synchronized Map<String, String> retiredIds(IdKind kind) {
        return Map.copyOf(retiredIds.getOrDefault(kind, Map.of()));
    }

    @Override
    public synchronized void retireIds(IdKind kind, Map<String, String> successors) {
        retiredIds.computeIfAbsent(kind, k -> new java.util.TreeMap<>()).putAll(successors);
    }

    @Override
    public synchronized Map<String, Set<String>> stableIds(IdKind kind) {
        return stableIds.getOrDefault(kind, Map.of());
    }

    @Override
    public synchronized void saveStableIds(IdKind kind, Map<String, Set<String>> assignment) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        assignment.forEach((id, members) -> copy.put(id, Set.copyOf(members)));
        stableIds.put(kind, copy);
    }

    @Override
    public void close() {
    }
}
