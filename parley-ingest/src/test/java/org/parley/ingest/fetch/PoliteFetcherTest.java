package org.parley.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.core.ports.FeedState.Validators;

class PoliteFetcherTest {

    private static final String HTML = "text/html; charset=utf-8";

    private final LoopbackSite site = LoopbackSite.start();

    @AfterEach
    void stop() {
        site.close();
    }

    private static FetchOptions quick(Duration timeout, int retries) {
        return new FetchOptions("ParleyTest/1.0 (loopback)", Duration.ofMillis(5), timeout, retries,
                Duration.ofMillis(10), 64 * 1024);
    }

    private PoliteFetcher fetcher() {
        return new PoliteFetcher(quick(Duration.ofSeconds(5), 2));
    }

    @Test
    void identifiesItselfAndNeverRequestsAPathRobotsTxtForbids() {
        site.route("/robots.txt", LoopbackSite.served("text/plain", "User-agent: *\nDisallow: /private/\n"))
                .route("/news/a", LoopbackSite.served(HTML, "<p>open</p>"))
                .route("/private/b", LoopbackSite.served(HTML, "<p>closed</p>"));
        PoliteFetcher fetcher = fetcher();

        FetchResult open = fetcher.fetch(site.url("/news/a"), Validators.NONE);
        FetchResult closed = fetcher.fetch(site.url("/private/b"), Validators.NONE);

        assertThat(open).isInstanceOf(FetchResult.Fetched.class);
        assertThat(closed).isEqualTo(new FetchResult.Failed(site.url("/private/b"), "disallowed by robots.txt", false));
        assertThat(site.requestsFor("/private/b")).isZero();
        assertThat(site.requestsFor("/robots.txt")).isOne();
        assertThat(site.requests()).extracting(LoopbackSite.Request::userAgent).containsOnly("ParleyTest/1.0 (loopback)");
    }

    @Test
    void robotsRulesForThisAgentByNameApply() {
        site.route("/robots.txt", LoopbackSite.served("text/plain",
                "User-agent: parleytest\nDisallow: /\n\nUser-agent: *\nAllow: /\n"))
                .route("/news/a", LoopbackSite.served(HTML, "<p>open to others</p>"));

        assertThat(fetcher().fetch(site.url("/news/a"), Validators.NONE))
                .isInstanceOf(FetchResult.Failed.class);
    }

    @Test
    void sendsTheSavedValidatorsAndReadsA304AsUnchanged() {
        site.route("/news/a", LoopbackSite.served(HTML, "<p>same</p>"));
        PoliteFetcher fetcher = fetcher();

        FetchResult.Fetched first = (FetchResult.Fetched) fetcher.fetch(site.url("/news/a"), Validators.NONE);
        FetchResult second = fetcher.fetch(site.url("/news/a"), first.validators());

        assertThat(first.validators().etag()).startsWith("\"");
        assertThat(second).isEqualTo(new FetchResult.Unchanged(site.url("/news/a")));
        assertThat(site.requests().get(site.requests().size() - 1).ifNoneMatch()).isEqualTo(first.validators().etag());
    }

    @Test
    void retriesA500AndReadsThe200ThatFollows() {
        site.route("/news/a", LoopbackSite.failing(500, 1, LoopbackSite.served(HTML, "<p>back</p>")));

        FetchResult result = fetcher().fetch(site.url("/news/a"), Validators.NONE);

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        assertThat(site.requestsFor("/news/a")).isEqualTo(2);
    }

    @Test
    void givesUpOnAServerThatKeepsFailingSayingItMayPass() {
        site.route("/news/a", LoopbackSite.failing(503, 10, LoopbackSite.served(HTML, "<p>later</p>")));

        FetchResult result = fetcher().fetch(site.url("/news/a"), Validators.NONE);

        assertThat(result).isEqualTo(new FetchResult.Failed(site.url("/news/a"), "HTTP 503 (after 3 tries)", true));
        assertThat(site.requestsFor("/news/a")).isEqualTo(3);
    }

    @Test
    void aSlowPageTimesOut() {
        site.route("/robots.txt", LoopbackSite.served("text/plain", "User-agent: *\nAllow: /\n"));
        site.route("/news/slow", LoopbackSite.slow(Duration.ofSeconds(6), LoopbackSite.served(HTML, "<p>late</p>")));
        PoliteFetcher fetcher = new PoliteFetcher(quick(Duration.ofSeconds(1), 0));

        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(site.url("/news/slow"), Validators.NONE);

        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        assertThat(((FetchResult.Failed) result).reason()).startsWith("timed out after 1000 ms");
        assertThat(((FetchResult.Failed) result).retryLater()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void decompressesAGzipPage() {
        site.route("/news/gz", LoopbackSite.gzipped(HTML, "<p>compressed news</p>"));

        FetchResult.Fetched page = (FetchResult.Fetched) fetcher().fetch(site.url("/news/gz"), Validators.NONE);

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>compressed news</p>");
    }

    @Test
    void refusesABodyOverTheSizeLimit() {
        site.route("/news/big", LoopbackSite.served(HTML, "<p>" + "x".repeat(70 * 1024) + "</p>"));

        FetchResult result = fetcher().fetch(site.url("/news/big"), Validators.NONE);

        assertThat(result).isEqualTo(new FetchResult.Failed(site.url("/news/big"), "larger than the 65,536-byte limit", false));
    }

    @Test
    void waitsTheDelayBetweenTwoRequestsToOneHost() {
        site.route("/news/a", LoopbackSite.served(HTML, "<p>a</p>")).route("/news/b", LoopbackSite.served(HTML, "<p>b</p>"));
        PoliteFetcher fetcher = new PoliteFetcher(new FetchOptions("ParleyTest/1.0", Duration.ofMillis(300),
                Duration.ofSeconds(5), 0, Duration.ZERO, 1024));

        fetcher.fetch(site.url("/news/a"), Validators.NONE);
        fetcher.fetch(site.url("/news/b"), Validators.NONE);

        long a = site.requests().stream().filter(r -> r.path().equals("/news/a")).findFirst().orElseThrow().nanoTime();
        long b = site.requests().stream().filter(r -> r.path().equals("/news/b")).findFirst().orElseThrow().nanoTime();
        assertThat(Duration.ofNanos(b - a)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void refusesWhatIsNotAnHttpUrl() {
        assertThat(fetcher().fetch("file:///etc/passwd", Validators.NONE))
                .isEqualTo(new FetchResult.Failed("file:///etc/passwd", "not an http(s) URL", false));
    }
}
