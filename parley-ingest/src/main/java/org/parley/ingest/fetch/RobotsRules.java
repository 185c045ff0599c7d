package org.parley.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The robots.txt rules of each site, fetched once per site per run and parsed by crawler-commons.
 * A missing robots.txt (4xx) allows everything; one that cannot be read (5xx, timeout) forbids
 * everything for this run, as RFC 9309 asks. Thread-safe.
 */
final class RobotsRules {

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, BaseRobotRules> bySite = new ConcurrentHashMap<>();
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
        return bySite.computeIfAbsent(site(url), this::read);
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
