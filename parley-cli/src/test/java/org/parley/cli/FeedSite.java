package org.parley.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on 127.0.0.1 for the watch tests: {@code /feed.xml} lists {@code /news/0..n-1}, each a
 * page with its own invented report. Counts the requests for each path. Nothing leaves the machine.
 */
final class FeedSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    FeedSite(int pages) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                String body = path.equals("/feed.xml") ? feed(pages) : path.startsWith("/news/") ? page(path) : null;
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type",
                        path.equals("/feed.xml") ? "application/rss+xml" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Requests for pages under {@code /news/}. */
    int pageRequests() {
        return requests.entrySet().stream().filter(e -> e.getKey().startsWith("/news/"))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    int maxRequestsOfOnePage() {
        return requests.entrySet().stream().filter(e -> e.getKey().startsWith("/news/"))
                .mapToInt(e -> e.getValue().get()).max().orElse(0);
    }

    private String feed(int pages) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            items.append("<item><title>Report ").append(i).append("</title><link>").append(url("/news/" + i))
                    .append("</link></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback</title><link>" + url("/")
                + "</link><description>test</description>" + items + "</channel></rss>";
    }

    private static String page(String path) {
        String n = path.substring("/news/".length());
        String paragraph = "<p>Report number " + n + ". The delegation of the ministry met its counterparts on Monday "
                + "to discuss trade, investment and cooperation in education, and agreed to meet again next year.</p>";
        return "<html><head><title>Report " + n + "</title></head><body><article>" + paragraph.repeat(2)
                + "</article></body></html>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
