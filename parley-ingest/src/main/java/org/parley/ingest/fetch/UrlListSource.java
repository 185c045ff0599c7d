package org.parley.ingest.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parley.core.ports.ArticleSource;
import org.parley.core.ports.FeedState;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;

/**
 * Pages named by URL, fetched by {@link PoliteFetcher} and read as web pages, as an
 * {@link ArticleSource}. Each URL yields its article or the reason it has none, except a page the
 * server says is unchanged since the last run (its validators are kept in the {@link FeedState}),
 * which yields nothing and is listed in {@link #notes()}. Not thread-safe.
 */
public final class UrlListSource implements ArticleSource {

    private final List<String> urls;
    private final PageIntake pages;
    private final List<String> notes = new ArrayList<>();

    public UrlListSource(List<String> urls, PoliteFetcher fetcher, FeedState state) {
        this.urls = List.copyOf(urls);
        this.pages = new PageIntake(fetcher, state, notes::add);
    }

    @Override
    public void forEach(Consumer<Outcome<RawArticle>> sink) {
        notes.clear();
        for (String url : urls) {
            if (pages.take(url, null, sink) == PageIntake.Result.UNCHANGED) {
                notes.add(url + ": unchanged");
            }
        }
    }

    /** The pages the last run found unchanged, and those whose encoding was guessed. */
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
