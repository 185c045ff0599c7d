package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.parley.model.Origin;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

/**
 * Maps one JSON object to a {@link RawArticle}. Understands news-please records
 * ({@code maintext} — {@code text} in older versions —, {@code title}, {@code date_publish},
 * {@code url}, {@code source_domain}, {@code language}, {@code description}) and the plain variant
 * ({@code text}, {@code published}, {@code source}, {@code title}, {@code url}).
 *
 * <p>The article text is the first non-blank of {@code maintext}, {@code text}, {@code body};
 * else {@code description}; else the {@code title} alone. Design decision: a record whose only
 * text is its headline is kept rather than rejected — ECB+ (a standard event-coreference corpus)
 * stores one-sentence documents exactly that way, and a headline is a report in its own right.
 * A record with none of these is rejected ({@code no text}).
 */
final class NewsRecordMapper {

    private static final List<String> TEXT_FIELDS = List.of("maintext", "text", "body");
    private static final List<String> TITLE_FIELDS = List.of("title", "title_page", "title_rss", "headline");
    private static final List<String> DATE_FIELDS = List.of("date_publish", "published", "date_published",
            "datePublished", "publish_date", "date");
    private static final List<String> SITE_FIELDS = List.of("source_domain", "source", "site");
    private static final List<String> LANGUAGE_FIELDS = List.of("language", "lang");

    private NewsRecordMapper() {
    }

    /** The URL of a record, or null, for naming it before it is mapped. */
    static String url(JsonNode record) {
        return first(record, List.of("url"));
    }

    static Outcome<RawArticle> toArticle(JsonNode record, Origin origin, SourceFormat format) {
        if (!record.isObject()) {
            return Outcome.rejected(origin, "expected a JSON object, found " + kind(record));
        }
        String title = first(record, TITLE_FIELDS);
        String text = first(record, TEXT_FIELDS);
        if (text == null) {
            text = first(record, List.of("description"));
        }
        if (text == null) {
            text = title;
        }
        if (text == null) {
            return Outcome.rejected(origin, "no text (maintext, text, description and title are all empty)");
        }
        return Outcome.accepted(new RawArticle(origin, format, StrictUtf8.normaliseNewlines(text), title,
                url(record), first(record, SITE_FIELDS), first(record, LANGUAGE_FIELDS),
                first(record, DATE_FIELDS), captureTime(first(record, List.of("date_download"))), null));
    }

    /** news-please's download time, used only when it states its zone: a naive time would guess. */
    private static Instant captureTime(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String first(JsonNode record, List<String> fields) {
        for (String field : fields) {
            JsonNode value = record.get(field);
            if (value != null && value.isValueNode() && !value.isNull()) {
                String text = value.asText();
                if (!text.isBlank()) {
                    return text.strip();
                }
            }
        }
        return null;
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
