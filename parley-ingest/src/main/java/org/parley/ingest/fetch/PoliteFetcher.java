package org.parley.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.parley.core.ports.FeedState.Validators;

/**
 * Fetches URLs the way a well-behaved crawler does: robots.txt honoured ({@link RobotsRules}), one
 * request at a time per host with a delay between them ({@link HostPacer}), an identifying
 * User-Agent, conditional GET with the validators given, gzip accepted, timeouts, retries with
 * doubling back-off for failures that may pass, and a size limit on bodies.
 *
 * <p>Reads a URL and the validators saved for it; gives a {@link FetchResult}. Never throws for a
 * network or HTTP problem: it is a {@link FetchResult.Failed}. Thread-safe; requests to different
 * hosts may run in parallel.
 *
 * <p>Design decision: the JDK's {@link HttpClient}, not a client library: it does HTTP/1.1 and 2,
 * redirects and timeouts, and the politeness that matters lives in this class anyway. Redirects are
 * followed by the client, so robots.txt is checked for the URL asked for, not the one redirected to.
 */
public final class PoliteFetcher {

    private final FetchOptions options;
    private final HttpClient client;
    private final HostPacer pacer = new HostPacer();
    private final RobotsRules robots;

    public PoliteFetcher(FetchOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.robots = new RobotsRules(options.robotName(), url -> fetchWithRetries(URI.create(url), Validators.NONE));
    }

    public FetchOptions options() {
        return options;
    }

    /**
     * Fetches {@code url}, sending {@code known} as {@code If-None-Match} / {@code If-Modified-Since}.
     *
     * @param known the validators saved for this URL, or {@link Validators#NONE}
     */
    public FetchResult fetch(String url, Validators known) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return new FetchResult.Failed(url, "not a URL: " + e.getMessage(), false);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return new FetchResult.Failed(url, "not an http(s) URL", false);
        }
        if (!robots.allows(uri)) {
            return new FetchResult.Failed(url, "disallowed by robots.txt", false);
        }
        return fetchWithRetries(uri, known);
    }

    private FetchResult fetchWithRetries(URI uri, Validators known) {
        Duration wait = options.backoff();
        FetchResult result = null;
        for (int attempt = 0; attempt <= options.retries(); attempt++) {
            if (attempt > 0) {
                if (!sleep(wait)) {
                    return new FetchResult.Failed(uri.toString(), "interrupted", true);
                }
                wait = wait.multipliedBy(2);
            }
            try {
                result = pacer.call(uri.getHost(), delayFor(uri), () -> once(uri, known));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new FetchResult.Failed(uri.toString(), "interrupted", true);
            }
            if (!(result instanceof FetchResult.Failed failed) || !failed.retryLater()) {
                return result;
            }
        }
        FetchResult.Failed last = (FetchResult.Failed) result;
        return new FetchResult.Failed(last.url(), last.reason() + " (after " + (options.retries() + 1) + " tries)", true);
    }

    private Duration delayFor(URI uri) {
        if (uri.getPath() != null && uri.getPath().equals("/robots.txt")) {
            return options.perHostDelay();
        }
        Duration crawlDelay = robots.crawlDelay(uri);
        Duration capped = crawlDelay.compareTo(FetchOptions.MAX_CRAWL_DELAY) > 0 ? FetchOptions.MAX_CRAWL_DELAY : crawlDelay;
        return capped.compareTo(options.perHostDelay()) > 0 ? capped : options.perHostDelay();
    }

    private FetchResult once(URI uri, Validators known) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(options.timeout())
                .header("User-Agent", options.userAgent())
                .header("Accept-Encoding", "gzip");
        if (known.etag() != null) {
            request.header("If-None-Match", known.etag());
        }
        if (known.lastModified() != null) {
            request.header("If-Modified-Since", known.lastModified());
        }
        String url = uri.toString();
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status == 304) {
                    return new FetchResult.Unchanged(url);
                }
                if (status != 200) {
                    return new FetchResult.Failed(url, "HTTP " + status, status == 429 || status >= 500);
                }
                return read(url, response, body);
            }
        } catch (HttpTimeoutException e) {
            return new FetchResult.Failed(url, "timed out after " + options.timeout().toMillis() + " ms", true);
        } catch (IOException e) {
            return new FetchResult.Failed(url, "cannot fetch: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchResult.Failed(url, "interrupted", true);
        }
    }

    private FetchResult read(String url, HttpResponse<InputStream> response, InputStream raw) throws IOException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        boolean gzip = header(response, "Content-Encoding").map(e -> e.equalsIgnoreCase("gzip")).orElse(false);
        if (!gzip && declared > options.maxBytes()) {
            return tooLarge(url);
        }
        InputStream in = gzip ? new GZIPInputStream(raw) : raw;
        // One byte past the limit tells "too large" without holding more than that.
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        if (body.length > options.maxBytes()) {
            return tooLarge(url);
        }
        Validators validators = new Validators(header(response, "ETag").orElse(null),
                header(response, "Last-Modified").orElse(null));
        return new FetchResult.Fetched(url, response.uri().toString(), header(response, "Content-Type").orElse(null),
                body, validators);
    }

    private FetchResult tooLarge(String url) {
        return new FetchResult.Failed(url, String.format(Locale.ROOT, "larger than the %,d-byte limit", options.maxBytes()), false);
    }

    private static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
