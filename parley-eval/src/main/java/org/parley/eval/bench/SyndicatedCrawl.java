package org.parley.eval.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.model.RawArticle;

/**
 * Writes a CC-NEWS style crawl (a gzip WARC of HTML responses) from a corpus, with copies another
 * outlet would publish: every {@code syndicateEvery}-th article again as a syndicated copy (another
 * headline and URL, the partner's byline first, a trailer last, one word changed in one paragraph)
 * and every {@code copyEvery}-th verbatim under another URL. Copies follow their original, as a
 * crawl meets them, and carry the same publication time.
 *
 * @param syndicateEvery every how many articles one gets a syndicated copy (0: none)
 * @param copyEvery      every how many articles one gets a verbatim copy (0: none)
 */
public record SyndicatedCrawl(int syndicateEvery, int copyEvery) {

    /** When the crawler fetched the pages: the fallback date of pages that state none. */
    static final Instant CAPTURED = Instant.parse("2024-06-03T09:00:00Z");

    /** What was written. */
    public record Written(int originals, int syndicated, int verbatim) {
        public int records() {
            return originals + syndicated + verbatim;
        }
    }

    public SyndicatedCrawl {
        if (syndicateEvery < 0 || copyEvery < 0) {
            throw new IllegalArgumentException("every must be 0 or more");
        }
    }

    public Written write(List<RawArticle> articles, Path warc) throws IOException {
        int syndicated = 0;
        int verbatim = 0;
        try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (int i = 0; i < articles.size(); i++) {
                RawArticle a = articles.get(i);
                List<String> paragraphs = paragraphs(a.text());
                String title = a.title() == null ? "Report " + i : a.title();
                String url = "https://outlet-" + (i % 7) + ".example/news/" + i;
                write(writer, url, page(title, a.publishedMetadata(), "Outlet " + (i % 7), paragraphs));
                if (syndicateEvery > 0 && i % syndicateEvery == 0) {
                    int partner = i % 5;
                    write(writer, "https://partner-" + partner + ".example/wire/" + i, page(
                            "Partner " + partner + " | " + title.toUpperCase(Locale.ROOT),
                            a.publishedMetadata(), "Partner " + partner, syndicated(paragraphs, partner)));
                    syndicated++;
                }
                if (copyEvery > 0 && (i + 1) % copyEvery == 0) {
                    write(writer, "https://mirror.example/copy/" + i, page(title, a.publishedMetadata(), "Mirror", paragraphs));
                    verbatim++;
                }
            }
        }
        return new Written(articles.size(), syndicated, verbatim);
    }

    /** The partner's version: its byline first, its trailer last, "said" made "stated" once in the middle. */
    static List<String> syndicated(List<String> paragraphs, int partner) {
        List<String> out = new ArrayList<>();
        out.add("From the newsroom of Partner " + partner + " and wire reports");
        int middle = paragraphs.size() / 2;
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            out.add(p == middle ? text.replaceFirst("\\bsaid\\b", "stated") : text);
        }
        out.add("This report was republished by Partner " + partner + " under its syndication agreement.");
        return out;
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    private static String page(String title, String published, String site, List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Entities.escape(title)).append("</title>")
                .append("<meta property=\"og:site_name\" content=\"").append(Entities.escape(site)).append("\">");
        if (published != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(Entities.escape(published)).append("\">");
        }
        html.append("</head><body><article><h1>").append(Entities.escape(title)).append("</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(Entities.escape(p)).append("</p>");
        }
        return html.append("</article></body></html>").toString();
    }

    private static void write(WarcWriter writer, String url, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build());
    }
}
