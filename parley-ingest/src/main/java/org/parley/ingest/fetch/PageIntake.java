package org.parley.ingest.fetch;

import java.time.Instant;
import java.util.function.Consumer;
import org.parley.core.ports.FeedState;
import org.parley.core.ports.FeedState.Validators;
import org.parley.ingest.WebPageReader;
import org.parley.model.Origin;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;

/**
 * Fetches one page with the validators saved for it and hands its article (or the reason it has
 * none) to a sink; once the sink has taken it, the page's new validators are saved, so a page is
 * never fetched whole again while it is unchanged. Not thread-safe (one caller at a time).
 */
final class PageIntake {

    /** What became of a page. */
    enum Result {
        /** An article or a rejection went to the sink. */
        HANDLED,
        /** The server said it is unchanged since the validators were saved: nothing went to the sink. */
        UNCHANGED,
        /** A rejection went to the sink, but trying again later may succeed (timeout, 5xx). */
        RETRY_LATER
    }

    private final PoliteFetcher fetcher;
    private final FeedState state;
    private final WebPageReader reader = new WebPageReader();
    private final Consumer<String> notes;

    PageIntake(PoliteFetcher fetcher, FeedState state, Consumer<String> notes) {
        this.fetcher = fetcher;
        this.state = state;
        this.notes = notes;
    }

    /** @param fallbackTime the date a feed gives the page, or null */
    Result take(String url, Instant fallbackTime, Consumer<Outcome<RawArticle>> sink) {
        FetchResult result = fetcher.fetch(url, state.validators(url).orElse(Validators.NONE));
        if (result instanceof FetchResult.Failed failed) {
            sink.accept(Outcome.rejected(new Origin(url, url, null), failed.reason()));
            return failed.retryLater() ? Result.RETRY_LATER : Result.HANDLED;
        }
        if (!(result instanceof FetchResult.Fetched page)) {
            return Result.UNCHANGED;
        }
        sink.accept(reader.read(page.body(), page.contentType(), page.finalUrl(), fallbackTime, notes));
        if (!page.validators().isEmpty()) {
            state.saveValidators(url, page.validators());
        }
        return Result.HANDLED;
    }
}
