package org.parley.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.parley.model.Origin;

/**
 * Fuzz tests of every reader that takes outside bytes: the file front door (format sniffing, then
 * text, HTML, JSON, JSON Lines or WARC), HTML extraction, news-please JSON and JSON Lines, and
 * WARC. Each checks {@link FuzzedReading}'s property on any input.
 *
 * <p>In a normal test run (regression mode) each method runs once per file of its seed corpus,
 * {@code src/test/resources/org/parley/ingest/ReadersFuzzTestInputs/METHOD/} (inputs we wrote,
 * plus every crash fuzzing found). {@code scripts/fuzz.sh} fuzzes one method for N minutes.
 */
class ReadersFuzzTest {

    private static final Path SCRATCH = FuzzedReading.scratch();
    private static final ReaderOptions OPTIONS = new ReaderOptions(64 * 1024);

    @AfterAll
    static void removeScratch() throws IOException {
        FuzzedReading.delete(SCRATCH);
    }

    /**
     * The first line is the file's name (its extension breaks format ties), the rest its bytes,
     * so a seed reads as what it is: {@code story.json} then the JSON.
     */
    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anyFileIsReadOrRejectedWithAReason(byte[] input) {
        int newline = indexOf(input, (byte) '\n');
        String name = safeName(new String(input, 0, Math.max(newline, 0), StandardCharsets.ISO_8859_1));
        byte[] content = java.util.Arrays.copyOfRange(input, newline + 1, input.length);
        Path file = FuzzedReading.write(SCRATCH.resolve(name), content);
        FileArticleSource source = new FileArticleSource(java.util.List.of(file.toString()), OPTIONS);
        FuzzedReading.check(sink -> source.readFile(file, file.toString(), name, sink));
    }

    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anyHtmlPageIsAnArticleOrARejection(byte[] page) {
        SingleArticleReader reader = new SingleArticleReader(new JsonLinesReader(OPTIONS), note -> { });
        FuzzedReading.check(sink -> reader.readHtml(page, Origin.file("page.html", "page.html"), sink));
    }

    /** The same bytes as one news-please JSON file and as JSON Lines. */
    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anyNewsPleaseJsonIsArticlesOrRejections(byte[] json) {
        JsonLinesReader lines = new JsonLinesReader(OPTIONS);
        SingleArticleReader single = new SingleArticleReader(lines, note -> { });
        FuzzedReading.check(sink -> single.readJson(json, Origin.file("item.json", "item.json"), sink));
        FuzzedReading.check(sink -> lines.read(new ByteArrayInputStream(json), "feed.jsonl", "feed.jsonl", false, sink));
    }

    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anyWarcIsArticlesOrRejections(byte[] warc) {
        Path file = FuzzedReading.write(SCRATCH.resolve("crawl.warc"), warc);
        WarcArticleReader reader = new WarcArticleReader(OPTIONS, note -> { });
        FuzzedReading.check(sink -> reader.read(file, file.toString(), "crawl.warc", sink));
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** A file name the file system takes: letters, digits, dot, dash and underscore only. */
    private static String safeName(String line) {
        String name = line.replaceAll("[^A-Za-z0-9._-]", "");
        name = name.length() > 40 ? name.substring(name.length() - 40) : name;
        return name.isEmpty() || name.startsWith(".") ? "input" + name : name;
    }
}
