package org.parley.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;

class FeedPollTest {

    private static final String HTML = "text/html; charset=utf-8";
    private static final String RSS = "application/rss+xml";

    private final LoopbackSite site = LoopbackSite.start();
    private final InMemoryFeedState state = new InMemoryFeedState();

    @AfterEach
    void stop() {
        site.close();
    }

    /** A fresh poll and fetcher on the same state: what a restarted process has. */
    private FeedPoll poll(String... feeds) {
        return poll(Duration.ofSeconds(10), feeds);
    }

    private FeedPoll poll(Duration timeout, String... feeds) {
        return new FeedPoll(List.of(feeds), new PoliteFetcher(new FetchOptions("ParleyTest/1.0",
                Duration.ofMillis(5), timeout, 1, Duration.ofMillis(10), 256 * 1024)), state);
    }

    /** Stores like the article store does: by content, so a page stored twice shows as a duplicate. */
    private static final class Store {
        final Map<String, RawArticle> byText = new LinkedHashMap<>();
        final List<String> rejections = new ArrayList<>();
        int duplicates;

        void take(Outcome<RawArticle> outcome) {
            if (outcome instanceof Outcome.Rejected<RawArticle> rejected) {
                rejections.add(rejected.message());
            } else if (byText.putIfAbsent(((Outcome.Accepted<RawArticle>) outcome).value().text(),
                    ((Outcome.Accepted<RawArticle>) outcome).value()) != null) {
                duplicates++;
            }
        }

        List<String> titles() {
            return byText.values().stream().map(RawArticle::title).toList();
        }
    }

    private void page(String path, String headline) {
        site.route(path, LoopbackSite.served(HTML, Pages.article(headline, headline + " was reported on Monday.")));
    }

    @Test
    void followsAFeedOverSeveralPollsFetchingEachPageOnce() {
        page("/news/1", "Ministers meet in Vienna");
        page("/news/2", "Border talks resume");
        page("/news/3", "Trade pact signed");
        site.route("/feed.xml", LoopbackSite.served(RSS, Pages.rss(site, "/news/1", "/news/2")));
        Store store = new Store();

        poll(site.url("/feed.xml")).forEach(store::take);
        site.route("/feed.xml", LoopbackSite.served(RSS, Pages.rss(site, "/news/3", "/news/1", "/news/2")));
        FeedPoll second = poll(site.url("/feed.xml"));
        second.forEach(store::take);
        FeedPoll third = poll(site.url("/feed.xml"));
        third.forEach(store::take);

        assertThat(store.titles()).containsExactly("Ministers meet in Vienna", "Border talks resume", "Trade pact signed");
        assertThat(store.rejections).isEmpty();
        assertThat(store.duplicates).isZero();
        assertThat(List.of(site.requestsFor("/news/1"), site.requestsFor("/news/2"), site.requestsFor("/news/3")))
                .containsOnly(1L);
        assertThat(second.notes()).containsExactly(site.url("/feed.xml") + ": 3 item(s), 1 new");
        assertThat(third.notes()).containsExactly(site.url("/feed.xml") + ": unchanged");
        assertThat(store.byText.values()).first().satisfies(a -> {
            assertThat(a.publishedMetadata()).isEqualTo("2026-05-04T09:00:00Z");
            assertThat(a.url()).isEqualTo(site.url("/news/1"));
        });
    }

    @Test
    void aPageThatFailsWithA500IsTakenAtTheNextPollAndAForbiddenOneNever() {
        site.route("/robots.txt", LoopbackSite.served("text/plain", "User-agent: *\nDisallow: /private/\n"));
        site.route("/news/1", LoopbackSite.failing(500, 2, LoopbackSite.served(HTML,
                Pages.article("Ceasefire holds", "The ceasefire held overnight."))));
        page("/private/2", "Members only");
        site.route("/feed.xml", LoopbackSite.served(RSS, Pages.rss(site, "/news/1", "/private/2")));
        Store store = new Store();

        poll(site.url("/feed.xml")).forEach(store::take);
        List<String> firstRejections = List.copyOf(store.rejections);
        poll(site.url("/feed.xml")).forEach(store::take);

        assertThat(firstRejections).containsExactly(
                site.url("/news/1") + ": HTTP 500 (after 2 tries)",
                site.url("/private/2") + ": disallowed by robots.txt");
        assertThat(store.titles()).containsExactly("Ceasefire holds");
        assertThat(site.requestsFor("/private/2")).isZero();
        assertThat(site.requestsFor("/feed.xml")).as("the feed is read again, not answered 304").isEqualTo(2);
    }

    @Test
    void aSlowPageDoesNotStopThePoll() {
        site.route("/news/slow", LoopbackSite.slow(Duration.ofSeconds(6), LoopbackSite.served(HTML,
                Pages.article("Late news", "It came late."))));
        page("/news/2", "Border talks resume");
        site.route("/feed.xml", LoopbackSite.served(RSS, Pages.rss(site, "/news/slow", "/news/2")));
        Store store = new Store();

        poll(Duration.ofSeconds(1), site.url("/feed.xml")).forEach(store::take);

        assertThat(store.rejections).singleElement().asString().contains("/news/slow: timed out after 1000 ms");
        assertThat(store.titles()).containsExactly("Border talks resume");
    }

    @Test
    void decodesAWindows1252PageWithoutADeclaredCharsetAndNotesTheGuess() {
        String html = Pages.article("Caf\u00e9 diplomacy in S\u00e3o Paulo",
                "The minister\u2019s caf\u00e9 meeting in S\u00e3o Paulo \u2013 a r\u00e9sum\u00e9 of talks \u2013 ended.");
        site.route("/news/1252", LoopbackSite.served("text/html", html.getBytes(Charset.forName("windows-1252"))));
        site.route("/feed.xml", LoopbackSite.served(RSS, Pages.rss(site, "/news/1252")));
        Store store = new Store();
        FeedPoll poll = poll(site.url("/feed.xml"));

        poll.forEach(store::take);

        assertThat(store.byText.keySet()).singleElement().asString()
                .contains("The minister\u2019s caf\u00e9 meeting in S\u00e3o Paulo \u2013 a r\u00e9sum\u00e9");
        assertThat(poll.notes()).contains(site.url("/news/1252") + ": decoded as windows-1252 (detected, not UTF-8)");
    }

    @Test
    void resumesAfterAKillWithoutDuplicates() {
        page("/news/1", "Ministers meet in Vienna");
        page("/news/2", "Border talks resume");
        page("/news/3", "Trade pact signed");
        site.route("/feed.xml", LoopbackSite.served(RSS, Pages.rss(site, "/news/1", "/news/2", "/news/3")));
        Store store = new Store();

        // The process dies while the second article is being stored: it never returns to the poll.
        assertThatThrownBy(() -> poll(site.url("/feed.xml")).forEach(outcome -> {
            store.take(outcome);
            if (store.byText.size() == 2) {
                throw new IllegalStateException("killed");
            }
        })).hasMessage("killed");
        poll(site.url("/feed.xml")).forEach(store::take);

        assertThat(store.titles()).containsExactly("Ministers meet in Vienna", "Border talks resume", "Trade pact signed");
        assertThat(site.requestsFor("/news/1")).as("handled before the kill").isOne();
        assertThat(site.requestsFor("/news/2")).as("in flight at the kill: fetched again, stored once").isEqualTo(2);
        assertThat(store.duplicates).isOne();
    }

    @Test
    void readsAnAtomFeedAndANewsSitemapBehindASitemapIndex() {
        page("/news/atom", "Summit ends");
        page("/news/map", "Election called");
        site.route("/atom.xml", LoopbackSite.served("application/atom+xml",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                        + "<title>Loopback</title><id>urn:loopback</id><updated>2026-05-04T08:00:00Z</updated>"
                        + "<entry><title>Summit ends</title><id>urn:loopback:1</id><link href=\"/news/atom\"/>"
                        + "<updated>2026-05-04T08:00:00Z</updated></entry></feed>"));
        site.route("/sitemap-index.xml", LoopbackSite.served("application/xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<sitemap><loc>" + site.url("/news-sitemap.xml") + "</loc></sitemap></sitemapindex>"));
        site.route("/news-sitemap.xml", LoopbackSite.served("application/xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                        + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + site.url("/news/map")
                        + "</loc><news:news><news:publication><news:name>Loopback</news:name><news:language>en</news:language>"
                        + "</news:publication><news:publication_date>2026-05-04</news:publication_date>"
                        + "<news:title>Election called</news:title></news:news></url></urlset>"));
        Store store = new Store();

        poll(site.url("/atom.xml"), site.url("/sitemap-index.xml")).forEach(store::take);

        assertThat(store.rejections).isEmpty();
        assertThat(store.titles()).containsExactly("Summit ends", "Election called");
    }

    @Test
    void aDocumentThatIsNotAFeedIsRejectedNamingIt() {
        page("/feed.xml", "Not a feed");
        Store store = new Store();

        poll(site.url("/feed.xml")).forEach(store::take);

        assertThat(store.rejections).singleElement().asString().startsWith(site.url("/feed.xml") + ": not an RSS or Atom feed");
    }
}
