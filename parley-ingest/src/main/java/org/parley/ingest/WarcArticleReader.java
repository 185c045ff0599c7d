package org.parley.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.model.Origin;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

/**
 * Reads a WARC file (plain or gzip, detected by jwarc) record by record. Each HTTP {@code response}
 * record with status 200 and an HTML type ({@code text/html}, {@code application/xhtml+xml})
 * becomes an article through {@link HtmlArticleExtractor}: {@code WARC-Target-URI} names it and is
 * its URL unless the page declares a canonical one; {@code WARC-Date} is its fallback time.
 * Other records (requests, metadata, images, redirects, errors) are skipped silently: they are
 * not articles. A file that ends inside a record yields the articles read so far, then one
 * rejection naming the byte position; so does a record whose headers jwarc cannot read (it reports
 * some, such as a Content-Length too large for a number, with runtime exceptions). An unreadable
 * {@code WARC-Date} only loses the fallback time.
 */
final class WarcArticleReader {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final ReaderOptions options;
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final Consumer<String> notes;

    /** @param notes hears each guessed encoding, as {@code path (record): decoded as ...} */
    WarcArticleReader(ReaderOptions options, Consumer<String> notes) {
        this.options = options;
        this.notes = notes;
    }

    void read(Path file, String path, String fileName, Consumer<Outcome<RawArticle>> sink) {
        Origin whole = Origin.file(path, fileName);
        long records = 0;
        long position = 0;
        String compression = "WARC";
        try (WarcReader reader = new WarcReader(file)) {
            compression = reader.compression() == WarcCompression.GZIP ? "WARC/gzip" : "WARC";
            while (true) {
                position = reader.position();
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                position = reader.position();
                Optional<Outcome<RawArticle>> outcome = article(next.get(), path, position);
                records++;
                outcome.ifPresent(sink);
            }
        } catch (EOFException | ZipException e) {
            sink.accept(Outcome.rejected(whole, truncated(compression, records, position, e)));
        } catch (IllegalArgumentException | NoSuchElementException e) {
            sink.accept(Outcome.rejected(whole, String.format(Locale.ROOT,
                    "malformed WARC record after record %d (at byte %,d): %s", records, position, e.getMessage())));
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            // jwarc reports a record cut short as a parse failure at end of input.
            if (message.toLowerCase(Locale.ROOT).contains("end of") || message.contains("EOF")) {
                sink.accept(Outcome.rejected(whole, truncated(compression, records, position, e)));
            } else {
                sink.accept(Outcome.rejected(whole, String.format(Locale.ROOT,
                        "cannot read WARC after record %d (at byte %,d): %s", records, position,
                        FileArticleSource.describe(e))));
            }
        }
    }

    /** The record's {@code WARC-Date}, or null when it is missing or unreadable. */
    private static Instant captureTime(WarcResponse response) {
        try {
            return response.date();
        } catch (DateTimeException | NoSuchElementException e) {
            return null;
        }
    }

    private static String truncated(String compression, long records, long position, IOException e) {
        return String.format(Locale.ROOT, "truncated %s after record %d (at byte %,d): %s",
                compression, records, position, e.getMessage());
    }

    /** The record's article or rejection; empty for records that are not HTML pages. */
    private Optional<Outcome<RawArticle>> article(WarcRecord record, String path, long position) throws IOException {
        if (!(record instanceof WarcResponse response) || !MediaType.HTTP.equals(response.contentType().base())) {
            return Optional.empty();
        }
        String target = response.target();
        Origin origin = new Origin(target == null || target.isBlank() ? path : target, path,
                String.format(Locale.ROOT, "WARC record at byte %d", position));
        HttpResponse http;
        try {
            http = response.http();
        } catch (EOFException e) {
            throw e;
        } catch (IOException e) {
            return Optional.of(Outcome.rejected(origin, "malformed HTTP response: " + e.getMessage()));
        }
        MediaType type = http.contentType();
        if (http.status() != 200 || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxArticleBytes() + 1));
        }
        if (body.length > options.maxArticleBytes()) {
            return Optional.of(Outcome.rejected(origin, options.tooLargeWhileReading()));
        }
        Instant captured = captureTime(response);
        TextDecoding.Decoded page = HtmlDecoding.decode(body, type.parameters().get("charset"));
        if (page.guessed()) {
            notes.accept(origin.describe() + ": " + page.note());
        }
        return Optional.of(html.extract(page.text(), target, origin, SourceFormat.WARC, captured));
    }
}
