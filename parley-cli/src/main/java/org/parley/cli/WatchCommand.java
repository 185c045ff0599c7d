package org.parley.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.IngestSummary;
import org.parley.core.ingest.Ingester;
import org.parley.ingest.fetch.FeedPoll;
import org.parley.ingest.fetch.PoliteFetcher;
import org.parley.store.ArticleStores;
import org.parley.store.JdbcArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley watch FEED_URL...}: follows feeds, ingesting each new item's page. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follows RSS and Atom feeds and news sitemaps: polls them every --every, fetches each new "
                + "item's page politely (robots.txt, one request at a time per site, conditional GET, retries) "
                + "and ingests it like an HTML file: metadata dates, main text, duplicates by content, new versions "
                + "of a changed URL.",
                "The items seen and the validators of each URL are kept in the store, so a restarted watch goes on "
                        + "where it stopped. Use --once from cron."})
final class WatchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FEED_URL", description = "RSS, Atom or (news) sitemap URLs.")
    List<String> feeds;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Time between the starts of two polls (e.g. 90s, 15m, 1h). Default: ${DEFAULT-VALUE}.")
    Duration every;

    @Option(names = "--once", description = "Poll once and exit (for cron).")
    boolean once;

    @Mixin
    StoreOption store = new StoreOption();

    @Mixin
    FetchSettings fetch = new FetchSettings();

    @Mixin
    AnnotationSettings annotation = new AnnotationSettings();

    @Override
    public Integer call() throws InterruptedException {
        try (JdbcArticleStore articles = ArticleStores.open(store.location())) {
            Ingester ingester = annotation.ingester(articles, IngestListener.SILENT);
            FeedPoll poll = new FeedPoll(feeds, new PoliteFetcher(fetch.options()), articles.feedState());
            while (true) {
                Instant start = Instant.now();
                System.out.println("poll at " + start.truncatedTo(ChronoUnit.SECONDS) + ":");
                IngestSummary summary = ingester.ingest(poll);
                poll.notes().forEach(note -> System.out.println("  " + note));
                System.out.print(summary.describe());
                IngestCommand.assignStories(articles);
                System.out.flush();
                if (once) {
                    System.out.println("store: " + store.location() + " (" + articles.count() + " articles)");
                    return summary.failed().isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
                }
                Duration left = every.minus(Duration.between(start, Instant.now()));
                if (!left.isNegative()) {
                    Thread.sleep(left.toMillis());
                }
            }
        }
    }
}
