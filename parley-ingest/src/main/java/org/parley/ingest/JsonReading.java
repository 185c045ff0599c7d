package org.parley.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one strict JSON mapper the readers share (thread-safe), and how its errors are worded. */
final class JsonReading {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonReading() {
    }

    /** {@code malformed JSON at line 3, column 7: Unexpected character ('}' …)}; no line for JSONL. */
    static String malformed(JsonProcessingException e, boolean withLine) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : withLine
                ? " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                : " at column " + at.getColumnNr();
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        return "malformed JSON" + where + ": " + (newline < 0 ? message : message.substring(0, newline));
    }
}
