package org.parley.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.parley.store.ModelJsonMapper;

/**
 * The JSON form in which model values cross Spark's shuffles and land in the Parquet tables:
 * Parley's records are not {@link java.io.Serializable} (the model stays free of framework
 * concerns), so the job moves them as JSON strings or gzip-compressed JSON bytes. The mapper is the
 * store's own ({@link ModelJsonMapper}), so an import reads what the store itself would have written. Thread-safe.
 *
 * <p>Design decision: JSON rather than Kryo. Kryo cannot rebuild records (final fields) nor the
 * JDK's immutable lists without registering a serializer per type, and its bytes would be
 * unreadable outside Spark; JSON costs some CPU next to NLP's seconds per article and is the same
 * form {@code parley import-parquet} reads back.
 */
public final class ModelJson {

    private static final ObjectMapper MAPPER = ModelJsonMapper.builder()
            .build();

    private ModelJson() {
    }

    /** The JSON text of a model value (or of the contract's plain maps). */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable " + type.getSimpleName() + " JSON: " + e.getMessage(), e);
        }
    }

    /** Gzip-compressed JSON: annotations are large and compress about tenfold. */
    public static byte[] writeGzip(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            MAPPER.writeValue(gzip, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static <T> T readGzip(byte[] gzippedJson, Class<T> type) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzippedJson))) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable " + type.getSimpleName() + " JSON: " + e.getMessage(), e);
        }
    }
}
