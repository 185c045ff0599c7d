package org.parley.engine.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.extract.EventFilter;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.EventCatalog;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Commitment;
import org.parley.model.Event;
import org.parley.model.Story;

/**
 * What an export reads: the consolidated events in date order (as {@code parley events} lists
 * them), the stories, the commitments and every stored article, read once from a store.
 *
 * @param events      consolidated events, in date order
 * @param stories     stories
 * @param commitments commitments, in date order
 * @param articles    every stored article by id, in store order
 */
public record ExportData(List<Event> events, List<Story> stories, List<Commitment> commitments,
                         Map<ArticleId, Article> articles) {

    public ExportData {
        events = List.copyOf(events);
        stories = List.copyOf(stories);
        commitments = List.copyOf(commitments);
        articles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(articles));
    }

    /** Reads a store as {@link EventCatalog} sees it (computing events may save stable ids, as it does for every reader). */
    public static ExportData read(ArticleStore store) {
        EventCatalog catalog = new EventCatalog(store);
        return new ExportData(catalog.events(EventFilter.ALL), catalog.stories(), catalog.commitments(), articles(store));
    }

    /** Every stored article by id, in store order. */
    public static Map<ArticleId, Article> articles(ArticleStore store) {
        Map<ArticleId, Article> articles = new LinkedHashMap<>();
        store.forEachArticle(a -> articles.put(a.id(), a));
        return articles;
    }

    /** The stored article of an id, if the store still holds it. */
    public Optional<Article> article(ArticleId id) {
        return Optional.ofNullable(articles.get(id));
    }
}
