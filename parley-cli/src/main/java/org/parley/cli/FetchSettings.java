package org.parley.cli;

import java.time.Duration;
import org.parley.ingest.fetch.FetchOptions;
import picocli.CommandLine.Option;

/** The politeness and patience options of {@code parley watch} and {@code parley fetch}. */
final class FetchSettings {

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "User-Agent sent with every request; put a contact (URL or e-mail) in it. "
                    + "Its first word is the name robots.txt rules are matched against. Default: ${DEFAULT-VALUE}.")
    String userAgent = FetchOptions.DEFAULT_USER_AGENT;

    @Option(names = "--delay", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
            description = "Least time between two requests to one site (a longer robots.txt Crawl-delay wins). "
                    + "Default: ${DEFAULT-VALUE}.")
    Duration delay;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "20s", converter = DurationConverter.class,
            description = "How long to wait to connect and for a response. Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--retries", defaultValue = "2",
            description = "Tries again after a timeout, 429 or 5xx, waiting 5 s, then twice as long each time. "
                    + "Default: ${DEFAULT-VALUE}.")
    int retries;

    @Option(names = "--max-article-mb", defaultValue = "5",
            description = "Largest page accepted, in MiB after decompression. Default: ${DEFAULT-VALUE}.")
    int maxArticleMb;

    FetchOptions options() {
        return new FetchOptions(userAgent, delay, timeout, retries, Duration.ofSeconds(5), maxArticleMb * 1024L * 1024L);
    }
}
