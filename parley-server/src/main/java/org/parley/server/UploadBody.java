package org.parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.ports.ArticleSource;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;

/**
 * Reads the body of {@code POST /api/articles} (not multipart) as news-please records: JSON Lines
 * as is, one JSON object (even pretty-printed) or a JSON array of objects as one record each. It
 * gives the records as an {@link ArticleSource} for the JSON Lines reader, or throws an
 * {@link ApiError} 400 naming what is wrong (not UTF-8, empty, a line or element that is not a JSON
 * object) before anything is ingested. Stateless and thread-safe.
 */
final class UploadBody {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private UploadBody() {
    }

    static ArticleSource articles(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest("the body is not UTF-8 text");
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw ApiError.badRequest("the request body is empty: send news-please JSON records, one per line");
        }
        List<String> lines = new ArrayList<>();
        JsonNode whole = null;
        try {
            whole = MAPPER.readTree(trimmed);
        } catch (JsonProcessingException e) {
            // several lines: JSONL, checked line by line below
        }
        if (whole != null && whole.isArray()) {
            for (int i = 0; i < whole.size(); i++) {
                if (!whole.get(i).isObject()) {
                    throw ApiError.badRequest("element " + (i + 1) + " of the JSON array is not a JSON object");
                }
                lines.add(whole.get(i).toString());
            }
        } else if (whole != null && whole.isObject()) {
            lines.add(whole.toString());
        } else {
            String[] raw = text.split("\r?\n", -1);
            for (int i = 0; i < raw.length; i++) {
                if (raw[i].isBlank()) {
                    lines.add("");
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(raw[i]);
                } catch (JsonProcessingException e) {
                    throw ApiError.badRequest("line " + (i + 1) + ": malformed JSON: " + e.getOriginalMessage());
                }
                if (!node.isObject()) {
                    throw ApiError.badRequest("line " + (i + 1) + ": not a JSON object (a news-please record)");
                }
                lines.add(raw[i]);
            }
        }
        byte[] jsonl = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return new FileArticleSource(List.of("-"), ReaderOptions.defaults(), new ByteArrayInputStream(jsonl));
    }
}
