package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.parley.model.Origin;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

/**
 * Reads JSON Lines: one JSON object per line, each an article (see {@link NewsRecordMapper}).
 * Blank lines are not records and yield nothing. Every other line yields one outcome; a bad line
 * (malformed JSON, invalid UTF-8, over the size limit) is rejected naming its line number and the
 * reading goes on. The input is streamed: only one line is held in memory, and a line over the
 * limit is skipped without being buffered.
 *
 * <p>Not thread-safe per call; share the instance, not an ongoing read.
 */
final class JsonLinesReader {

    private final ReaderOptions options;

    JsonLinesReader(ReaderOptions options) {
        this.options = options;
    }

    /**
     * @param in      the stream, already decompressed
     * @param path    the path as given ({@code -} for standard input)
     * @param docName how to name a record without URL: {@code docName (line N)}
     * @param gzip    whether the stream is gzip-decompressed (for the truncation message)
     */
    void read(InputStream in, String path, String docName, boolean gzip, Consumer<Outcome<RawArticle>> sink) {
        LineState state = new LineState(path, docName, sink);
        byte[] chunk = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(chunk)) != -1) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        state.append(chunk, from, i);
                        state.endLine();
                        from = i + 1;
                    }
                }
                state.append(chunk, from, n);
            }
            if (state.pending()) {
                state.endLine();
            }
        } catch (EOFException | ZipException e) {
            sink.accept(Outcome.rejected(new Origin(docName, path, null), (gzip ? "truncated gzip" : "truncated file")
                    + " after line " + state.lineNumber + " (" + e.getMessage() + ")"));
        } catch (IOException e) {
            sink.accept(Outcome.rejected(new Origin(docName, path, null),
                    "cannot read after line " + state.lineNumber + ": " + FileArticleSource.describe(e)));
        }
    }

    /** The line being assembled and where it starts in the file. */
    private final class LineState {
        private final String path;
        private final String docName;
        private final Consumer<Outcome<RawArticle>> sink;
        private byte[] line = new byte[8 * 1024];
        private int length;
        private boolean oversized;
        private long lineNumber;
        private long lineStart;
        private long nextLineStart;

        LineState(String path, String docName, Consumer<Outcome<RawArticle>> sink) {
            this.path = path;
            this.docName = docName;
            this.sink = sink;
        }

        boolean pending() {
            return length > 0 || oversized;
        }

        void append(byte[] bytes, int from, int to) {
            int count = to - from;
            nextLineStart += count;
            if (oversized || count == 0) {
                return;
            }
            if ((long) length + count > options.maxArticleBytes()) {
                oversized = true;
                length = 0;
                return;
            }
            if (length + count > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
            }
            System.arraycopy(bytes, from, line, length, count);
            length += count;
        }

        void endLine() {
            lineNumber++;
            String where = "line " + lineNumber;
            Origin unnamed = new Origin(docName + " (" + where + ")", path, where);
            long start = lineStart;
            lineStart = ++nextLineStart;
            if (oversized) {
                oversized = false;
                sink.accept(Outcome.rejected(unnamed, options.tooLargeWhileReading()));
                return;
            }
            int from = lineNumber == 1 && StrictUtf8.startsWithBom(line, length) ? 3 : 0;
            int to = length;
            length = 0;
            while (to > from && Character.isWhitespace(line[to - 1] & 0xFF)) {
                to--;
            }
            while (from < to && Character.isWhitespace(line[from] & 0xFF)) {
                from++;
            }
            if (from == to) {
                return;
            }
            String json;
            try {
                json = StrictUtf8.decode(line, from, to, start);
            } catch (MalformedUtf8Exception e) {
                sink.accept(Outcome.rejected(unnamed, e.getMessage()));
                return;
            }
            JsonNode record;
            try {
                record = JsonReading.MAPPER.readTree(json);
            } catch (JsonProcessingException e) {
                sink.accept(Outcome.rejected(unnamed, JsonReading.malformed(e, false)));
                return;
            }
            String url = record.isObject() ? NewsRecordMapper.url(record) : null;
            Origin origin = url == null ? unnamed : new Origin(url, path, where);
            sink.accept(NewsRecordMapper.toArticle(record, origin, SourceFormat.JSONL));
        }
    }
}
