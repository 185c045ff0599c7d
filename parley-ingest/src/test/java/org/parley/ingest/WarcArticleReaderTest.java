package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

class WarcArticleReaderTest {

    private static final Instant CAPTURED = Instant.parse("2024-03-27T06:30:00Z");

    @TempDir
    Path dir;

    static String page(String headline, String canonical) {
        return "<html lang=\"en\"><head><title>" + headline + "</title>"
                + (canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">")
                + "</head><body><nav>Home | World | Sport</nav><article><h1>" + headline + "</h1>"
                + "<p>The delegation from the northern republic arrived in the capital on Wednesday for two days of talks "
                + "on energy supplies, the ministry of foreign affairs said in a short statement.</p>"
                + "<p>Officials on both sides declined to say whether a new pipeline agreement would be signed, but a "
                + "spokesman said the atmosphere had been good and that the talks would continue into Thursday.</p>"
                + "</article><footer>All rights reserved.</footer></body></html>";
    }

    /** A WARC with a request, HTML pages, an image, a redirect, a 404 page and an empty page. */
    private Path writeCrawl(String name, WarcCompression compression, int htmlPages) throws IOException {
        Path file = dir.resolve(name);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            writer.write(new WarcRequest.Builder(URI.create("https://news.example.org/a"))
                    .date(CAPTURED).body(new HttpRequest.Builder("GET", "/a").build()).build());
            for (int i = 1; i <= htmlPages; i++) {
                writer.write(response("https://news.example.org/story-" + i, 200, "text/html; charset=utf-8",
                        page("Delegation arrives for talks, part " + i, i == 1 ? "https://news.example.org/canonical-1" : null)
                                .getBytes(StandardCharsets.UTF_8)));
                if (i == 1) {
                    writer.write(response("https://news.example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
                    writer.write(response("https://news.example.org/old", 301, "text/html", "<p>Moved</p>".getBytes(StandardCharsets.UTF_8)));
                    writer.write(response("https://news.example.org/missing", 404, "text/html",
                            page("Not found", null).getBytes(StandardCharsets.UTF_8)));
                    writer.write(response("https://news.example.org/app", 200, "application/xhtml+xml",
                            "<html><body><script>start()</script></body></html>".getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return file;
    }

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build();
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void turnsHtmlResponsesIntoArticlesAndSkipsTheRest(WarcCompression compression) throws IOException {
        Path file = writeCrawl("crawl.warc" + (compression == WarcCompression.GZIP ? ".gz" : ""), compression, 3);
        Reading reading = Reading.of(file.toString());

        List<RawArticle> articles = reading.accepted();
        assertThat(articles).extracting(a -> a.origin().doc()).containsExactly(
                "https://news.example.org/story-1", "https://news.example.org/story-2", "https://news.example.org/story-3");
        assertThat(articles).extracting(RawArticle::url).containsExactly(
                "https://news.example.org/canonical-1", "https://news.example.org/story-2", "https://news.example.org/story-3");
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.format()).isEqualTo(SourceFormat.WARC);
            assertThat(a.fallbackTime()).isEqualTo(CAPTURED);
            assertThat(a.site()).isEqualTo("news.example.org");
            assertThat(a.declaredLanguage()).isEqualTo("en");
            assertThat(a.origin().path()).isEqualTo(file.toString());
            assertThat(a.origin().record()).matches("WARC record at byte \\d+");
            assertThat(a.text()).contains("energy supplies").contains("\n\n").doesNotContain("All rights reserved");
            assertThat(a.markup()).startsWith("<html");
        });
        assertThat(articles).extracting(a -> a.origin().record()).doesNotHaveDuplicates();
        // The XHTML page with no text is the one rejection; image, redirect, 404 and request are skipped.
        assertThat(reading.rejected()).singleElement().satisfies(r -> {
            assertThat(r.origin().doc()).isEqualTo("https://news.example.org/app");
            assertThat(r.reason()).isEqualTo("no article text found");
        });
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void keepsRecordsBeforeATruncationAndThenRejectsTheFile(WarcCompression compression) throws IOException {
        Path file = writeCrawl("cut.warc" + (compression == WarcCompression.GZIP ? ".gz" : ""), compression, 3);
        long full = Files.size(file);
        List<Long> sizes = new ArrayList<>();
        Path two = writeCrawl("two.warc" + (compression == WarcCompression.GZIP ? ".gz" : ""), compression, 2);
        sizes.add(Files.size(two));
        // Cut the third story in the middle: everything of the two-story crawl survives.
        long cut = sizes.get(0) + (full - sizes.get(0)) / 2;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(cut);
        }
        Reading reading = Reading.of(file.toString());

        assertThat(reading.accepted()).extracting(a -> a.origin().doc())
                .containsExactly("https://news.example.org/story-1", "https://news.example.org/story-2");
        assertThat(reading.outcomes.get(reading.outcomes.size() - 1)).isEqualTo(reading.rejected().get(1));
        String expected = compression == WarcCompression.GZIP ? "truncated WARC/gzip" : "truncated WARC";
        assertThat(reading.rejected().get(1).message())
                .startsWith(file + ": " + expected + " after record 7 (at byte ");
    }

    @Test
    void rejectsARecordOverTheSizeLimitAndReadsTheNext() throws IOException {
        Path file = dir.resolve("big.warc");
        String big = page("Big", null).replace("<footer>", "<p>" + "Padding sentence for size. ".repeat(2_000) + "</p><footer>");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.NONE)) {
            writer.write(response("https://news.example.org/big", 200, "text/html", big.getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://news.example.org/small", 200, "text/html",
                    page("Small", null).getBytes(StandardCharsets.UTF_8)));
        }
        Reading reading = Reading.with(new ReaderOptions(32 * 1024), file.toString());

        assertThat(reading.messages()).singleElement().asString()
                .matches(".*big\\.warc \\(WARC record at byte 0\\): too large for one article \\(more than 32,768 bytes > 32 KiB limit\\)");
        assertThat(reading.accepted()).extracting(a -> a.origin().doc()).containsExactly("https://news.example.org/small");
    }

    @Test
    void decodesTheCharsetNamedInTheHttpHeader() throws IOException {
        Path file = dir.resolve("latin.warc");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.NONE)) {
            writer.write(response("https://news.example.org/cote", 200, "text/html; charset=windows-1252",
                    page("Visit to C\u00f4te", null).replace("capital", "capitale fran\u00e7aise")
                            .getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        }
        assertThat(Reading.of(file.toString()).only().text()).contains("capitale fran\u00e7aise");
    }

    @Test
    void anUnreadableWarcDateLosesOnlyTheFallbackTime() throws IOException {
        String body = page("Talks resume", null);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
        Path file = Files.writeString(dir.resolve("bad-date.warc"), "WARC/1.0\r\nWARC-Type: response\r\n"
                + "WARC-Target-URI: https://news.example.org/talks\r\nWARC-Date: yesterday\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: "
                + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n");

        RawArticle article = Reading.of(file.toString()).only();

        assertThat(article.url()).isEqualTo("https://news.example.org/talks");
        assertThat(article.fallbackTime()).isNull();
    }

    @Test
    void aContentLengthTooLargeForANumberIsOneRejection() throws IOException {
        Path file = Files.writeString(dir.resolve("huge.warc"), "WARC/1.0\r\nWARC-Type: response\r\n"
                + "Content-Length: 99999999999999999999\r\n\r\n");
        assertThat(Reading.of(file.toString()).onlyRejection()).isEqualTo(file + ": malformed WARC record after record 0 (at byte 0): "
                + "For input string: \"99999999999999999999\"");
    }
}
