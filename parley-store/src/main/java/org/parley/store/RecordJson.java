package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.parley.model.AnnotatedText;
import org.parley.model.CleanText.RemovedLine;
import org.parley.model.OffsetMap;
import org.parley.core.extract.ArticleFindings;
import org.parley.model.PublicationDate;
import org.parley.model.Span;

/**
 * The JSON forms of the model values a store keeps in columns: publication dates, spans, removed
 * lines, offset maps and (gzip-compressed) annotations. Thread-safe.
 * The model's own JSON form (type names of the sealed dates) comes from {@link ModelJsonMapper}.
 */
final class RecordJson {

    private static final TypeReference<List<Span>> SPANS = new TypeReference<>() { };
    private static final TypeReference<List<RemovedLine>> REMOVED = new TypeReference<>() { };

    private final ObjectMapper mapper = ModelJsonMapper.builder().build();

    String publicationDate(PublicationDate date) {
        return write(date);
    }

    PublicationDate publicationDate(String json) throws IOException {
        return mapper.readValue(json, PublicationDate.class);
    }

    String spans(List<Span> spans) {
        return write(spans);
    }

    List<Span> spans(String json) throws IOException {
        return mapper.readValue(json, SPANS);
    }

    String removed(List<RemovedLine> removed) {
        return write(removed);
    }

    List<RemovedLine> removed(String json) throws IOException {
        return mapper.readValue(json, REMOVED);
    }

    String offsetMap(OffsetMap map) {
        return write(map);
    }

    OffsetMap offsetMap(String json) throws IOException {
        return mapper.readValue(json, OffsetMap.class);
    }

    byte[] findings(ArticleFindings findings) {
        return gzipJson(findings);
    }

    ArticleFindings findings(byte[] gzippedJson) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzippedJson))) {
            return mapper.readValue(in, ArticleFindings.class);
        }
    }

    byte[] gzipJson(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            mapper.writeValue(gzip, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A value written by {@link #write}; a row that does not read is a store fault, reported unchecked. */
    <T> T read(String text, Class<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read a stored " + type.getSimpleName(), e);
        }
    }

    /** A value written by {@link #gzipJson}. */
    <T> T gunzipJson(byte[] gzipped, Class<T> type) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored " + type.getSimpleName(), e);
        }
    }

    byte[] annotation(AnnotatedText annotation) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            mapper.writeValue(gzip, annotation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    AnnotatedText annotation(byte[] gzippedJson) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzippedJson))) {
            return mapper.readValue(in, AnnotatedText.class);
        }
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
