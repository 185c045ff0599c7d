package org.parley.ingest.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.parley.core.ports.ArticleSource;
import org.parley.core.ports.FeedState;
import org.parley.core.ports.FeedState.Validators;
import org.parley.model.Origin;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;

/**
 * One poll of some feeds (RSS, Atom, news sitemaps, sitemap indexes one level deep), as an
 * {@link ArticleSource}: each feed is fetched with its saved validators (an unchanged feed costs
 * one 304), and each item not yet seen has its page fetched and read ({@link PageIntake}); the
 * page's article, or the reason it has none, goes to the sink. Items already seen yield nothing.
 *
 * <p>Restart safety: an item is marked seen only after the sink has taken its article (the ingester
 * stores it before returning), and a feed's validators are saved only once all its items are
 * handled. A poll killed at any point therefore fetches again at most the item in flight, which the
 * store recognises by its content. An item whose page failed in a way that may pass (timeout, 5xx)
 * stays unseen and is tried again at the next poll; a lasting failure (404, robots.txt) is not.
 *
 * <p>Not thread-safe: one {@link #forEach} at a time. {@link #notes()} says what each feed gave.
 */
public final class FeedPoll implements ArticleSource {

    private final List<String> feeds;
    private final PoliteFetcher fetcher;
    private final FeedState state;
    private final PageIntake pages;
    private final List<String> notes = new ArrayList<>();

    public FeedPoll(List<String> feeds, PoliteFetcher fetcher, FeedState state) {
        this.feeds = List.copyOf(feeds);
        this.fetcher = fetcher;
        this.state = state;
        this.pages = new PageIntake(fetcher, state, notes::add);
    }

    @Override
    public void forEach(Consumer<Outcome<RawArticle>> sink) {
        notes.clear();
        for (String feed : feeds) {
            poll(feed, sink, true);
        }
    }

    /** What the last poll did, one line per feed, and each page whose encoding was guessed. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    private void poll(String feed, Consumer<Outcome<RawArticle>> sink, boolean mayHoldSitemaps) {
        FetchResult result = fetcher.fetch(feed, state.validators(feed).orElse(Validators.NONE));
        if (result instanceof FetchResult.Failed failed) {
            sink.accept(Outcome.rejected(origin(feed), "feed: " + failed.reason()));
            return;
        }
        if (!(result instanceof FetchResult.Fetched fetched)) {
            notes.add(feed + ": unchanged");
            return;
        }
        FeedParser.Feed parsed;
        try {
            parsed = FeedParser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
        } catch (FeedParser.NotAFeedException e) {
            sink.accept(Outcome.rejected(origin(feed), e.getMessage()));
            return;
        }
        boolean complete = items(feed, parsed.items(), sink);
        for (String sitemap : mayHoldSitemaps ? parsed.sitemaps() : List.<String>of()) {
            poll(sitemap, sink, false);
        }
        if (complete && !fetched.validators().isEmpty()) {
            state.saveValidators(feed, fetched.validators());
        }
    }

    /** Handles the feed's unseen items; false when one should be tried again at the next poll. */
    private boolean items(String feed, List<FeedItem> items, Consumer<Outcome<RawArticle>> sink) {
        int fresh = 0;
        boolean complete = true;
        for (FeedItem item : items) {
            if (state.isSeen(feed, item.key())) {
                continue;
            }
            fresh++;
            if (pages.take(item.url(), item.published(), sink) == PageIntake.Result.RETRY_LATER) {
                complete = false;
            } else {
                state.markSeen(feed, item.key());
            }
        }
        notes.add(String.format(Locale.ROOT, "%s: %d item(s), %d new", feed, items.size(), fresh));
        return complete;
    }

    private static Origin origin(String feed) {
        return new Origin(feed, feed, null);
    }
}
