package org.parley.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The robots.txt rules of each site, parsed by crawler-commons and kept for a day (RFC 9309's
 * longest caching), so a long-running watch learns of changes. A missing robots.txt (4xx) allows
 * everything; one that cannot be read (5xx, timeout) forbids everything until it is read again, as
 * RFC 9309 asks. Thread-safe.
 */
final class RobotsRules {

    private static final Duration KEPT = Duration.ofHours(24);

    /** A site's rules and when they were read. */
    private record Read(BaseRobotRules rules, Instant at) {
    }

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Read> bySite = new ConcurrentHashMap<>();
    private final String robotName;
    private final Function<String, FetchResult> fetch;

    /** @param fetch fetches a robots.txt URL (without robots checks, but paced like any request) */
    RobotsRules(String robotName, Function<String, FetchResult> fetch) {
        this.robotName = robotName;
        this.fetch = fetch;
    }

    boolean allows(URI url) {
        return rules(url).isAllowed(url.toString());
    }

    /** The site's Crawl-delay, or zero when it sets none. */
    Duration crawlDelay(URI url) {
        long millis = rules(url).getCrawlDelay();
        return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis < 0 ? Duration.ZERO : Duration.ofMillis(millis);
    }

    private BaseRobotRules rules(URI url) {
        Instant now = Instant.now();
        return bySite.compute(site(url), (site, kept) ->
                kept != null && kept.at().plus(KEPT).isAfter(now) ? kept : new Read(read(site), now)).rules();
    }

    private BaseRobotRules read(String site) {
        String robots = site + "/robots.txt";
        FetchResult result = fetch.apply(robots);
        if (result instanceof FetchResult.Fetched fetched) {
            return parser.parseContent(robots, fetched.body(),
                    fetched.contentType() == null ? "text/plain" : fetched.contentType(), List.of(robotName));
        }
        // A failure that may pass (5xx, timeout) means "cannot tell": forbid; a lasting one (404) means none.
        boolean mayPass = result instanceof FetchResult.Failed failed && failed.retryLater();
        return parser.failedFetch(mayPass ? 503 : 404);
    }

    static String site(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}
