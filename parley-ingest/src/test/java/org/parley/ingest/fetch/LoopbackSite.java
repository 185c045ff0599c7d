package org.parley.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A web site on 127.0.0.1 for fetcher tests: routes by path, a log of the requests it saw. Nothing
 * leaves the machine. Routes can be replaced between polls, as a site changes.
 */
final class LoopbackSite implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    interface Route {
        void answer(HttpExchange exchange) throws IOException;
    }

    /** A request as the site saw it. */
    record Request(String path, String userAgent, String ifNoneMatch, long nanoTime) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private LoopbackSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                requests.add(new Request(path, exchange.getRequestHeaders().getFirst("User-Agent"),
                        exchange.getRequestHeaders().getFirst("If-None-Match"), System.nanoTime()));
                Route route = routes.get(path);
                if (route == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    route.answer(exchange);
                }
            } catch (IOException e) {
                // The client gave up (a timeout test); nothing to answer.
            }
        });
        server.start();
    }

    static LoopbackSite start() {
        try {
            return new LoopbackSite();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    LoopbackSite route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    long requestsFor(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** A 200 with an ETag (the body's hash) that answers 304 to a request naming that ETag. */
    static Route served(String contentType, byte[] body) {
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        return exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            send(exchange, 200, contentType, body);
        };
    }

    static Route served(String contentType, String body) {
        return served(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code failures} answers of {@code status}, then {@code then}. */
    static Route failing(int status, int failures, Route then) {
        AtomicInteger seen = new AtomicInteger();
        return exchange -> {
            if (seen.incrementAndGet() <= failures) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                then.answer(exchange);
            }
        };
    }

    /** Waits before answering at all. */
    static Route slow(Duration wait, Route then) {
        return exchange -> {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            then.answer(exchange);
        };
    }

    /** The body gzip-compressed, with {@code Content-Encoding: gzip}. */
    static Route gzipped(String contentType, String body) {
        return exchange -> {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
                gzip.write(body.getBytes(StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, contentType, compressed.toByteArray());
        };
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
