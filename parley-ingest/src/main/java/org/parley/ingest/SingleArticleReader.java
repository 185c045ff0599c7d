package org.parley.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.parley.model.Origin;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

/**
 * Reads a file that holds one article — plain text, one HTML page, or one JSON object — from its
 * bytes, already bounded by the size limit. A {@code .json} file that turns out to hold several
 * values is read as JSON Lines; a top-level JSON array yields one article per element.
 */
final class SingleArticleReader {

    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final JsonLinesReader jsonLines;
    private final Consumer<String> notes;

    /** @param notes hears each guessed encoding, as {@code path: decoded as windows-1252 (...)} */
    SingleArticleReader(JsonLinesReader jsonLines, Consumer<String> notes) {
        this.jsonLines = jsonLines;
        this.notes = notes;
    }

    void readText(byte[] bytes, Origin origin, Consumer<Outcome<RawArticle>> sink) {
        String text = StrictUtf8.normaliseNewlines(noted(TextDecoding.decode(bytes, null), origin));
        sink.accept(text.isBlank()
                ? Outcome.rejected(origin, "empty file (only whitespace)")
                : Outcome.accepted(RawArticle.text(origin, SourceFormat.TEXT, text)));
    }

    void readHtml(byte[] bytes, Origin origin, Consumer<Outcome<RawArticle>> sink) {
        String page = noted(HtmlDecoding.decode(bytes, null), origin);
        sink.accept(html.extract(page, null, origin, SourceFormat.HTML, null));
    }

    private String noted(TextDecoding.Decoded decoded, Origin origin) {
        if (decoded.guessed()) {
            notes.accept(origin.describe() + ": " + decoded.note());
        }
        return decoded.text();
    }

    void readJson(byte[] bytes, Origin origin, Consumer<Outcome<RawArticle>> sink) {
        String json;
        try {
            json = StrictUtf8.decodeFile(bytes);
        } catch (MalformedUtf8Exception e) {
            sink.accept(Outcome.rejected(origin, e.getMessage()));
            return;
        }
        JsonNode root;
        try (JsonParser parser = JsonReading.MAPPER.createParser(json)) {
            root = JsonReading.MAPPER.readTree(parser);
            if (root != null && parser.nextToken() != null) {
                // Several values: JSON Lines under a .json name.
                jsonLines.read(new ByteArrayInputStream(bytes), origin.path(), origin.doc(), false, sink);
                return;
            }
        } catch (JsonProcessingException e) {
            sink.accept(Outcome.rejected(origin, JsonReading.malformed(e, true)));
            return;
        } catch (IOException e) {
            sink.accept(Outcome.rejected(origin, "cannot read: " + FileArticleSource.describe(e)));
            return;
        }
        if (root == null || root.isMissingNode()) {
            sink.accept(Outcome.rejected(origin, "empty file"));
        } else if (root.isArray()) {
            int item = 0;
            for (JsonNode element : root) {
                item++;
                String where = "item " + item;
                String url = element.isObject() ? NewsRecordMapper.url(element) : null;
                Origin itemOrigin = new Origin(url != null ? url : origin.doc() + " (" + where + ")",
                        origin.path(), where);
                sink.accept(NewsRecordMapper.toArticle(element, itemOrigin, SourceFormat.JSON));
            }
            if (item == 0) {
                sink.accept(Outcome.rejected(origin, "empty JSON array"));
            }
        } else {
            sink.accept(NewsRecordMapper.toArticle(root, origin, SourceFormat.JSON));
        }
    }
}
