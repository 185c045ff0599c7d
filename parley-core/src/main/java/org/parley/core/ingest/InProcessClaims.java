package org.parley.core.ingest;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import org.parley.core.ports.AnnotationClaims;
import org.parley.core.ports.ArticleStore;
import org.parley.model.AnnotatedText;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;

/**
 * Claims for a store that one process writes at a time (in memory, or a wrapper): gives out each
 * pending article once per run, reading the pending list again only when the last one is used up.
 * No lease: nobody else is there to take an article.
 */
final class InProcessClaims implements AnnotationClaims {

    private final ArticleStore store;
    private final Set<ArticleId> given = new HashSet<>();
    private final Queue<ArticleId> ahead = new ArrayDeque<>();

    InProcessClaims(ArticleStore store) {
        this.store = store;
    }

    @Override
    public Optional<ArticleId> claimNext() {
        if (ahead.isEmpty()) {
            store.idsWithStatus(ArticleStatus.STORED).stream().filter(id -> !given.contains(id)).forEach(ahead::add);
        }
        ArticleId next = ahead.poll();
        if (next != null) {
            given.add(next);
        }
        return Optional.ofNullable(next);
    }

    @Override
    public boolean saveAnnotation(ArticleId id, AnnotatedText annotation) {
        store.saveAnnotation(id, annotation);
        return true;
    }

    @Override
    public void renew() {
    }

    @Override
    public void releaseAll() {
    }
}
