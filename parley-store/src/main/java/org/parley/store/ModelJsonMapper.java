package org.parley.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.parley.model.EventDate;
import org.parley.model.PublicationDate;

/**
 * The one JSON form of Parley's model records, shared by every place that writes them as JSON
 * (the store's columns, the Spark job's shuffles and Parquet tables), so that what one writes the
 * other reads.
 *
 * <p>Design decision: the sealed {@link PublicationDate} and {@link EventDate} get their type
 * discriminators ({@code "type": "dated" | "withoutYear" | "unknown"}, {@code "day" | "month" |
 * "year" | "unknown"}) from mix-ins here rather than from annotations on the model, which stays
 * free of Jackson. The names are part of the stored format: renaming a case needs a migration.
 * Token tags keep the strings they were stored as before they were enums ({@link TagJsonModule}).
 */
public final class ModelJsonMapper {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = PublicationDate.Dated.class, name = "dated"),
            @JsonSubTypes.Type(value = PublicationDate.WithoutYear.class, name = "withoutYear"),
            @JsonSubTypes.Type(value = PublicationDate.Unknown.class, name = "unknown")})
    private interface PublicationDateMixIn {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = EventDate.ExactDay.class, name = "day"),
            @JsonSubTypes.Type(value = EventDate.MonthOnly.class, name = "month"),
            @JsonSubTypes.Type(value = EventDate.YearOnly.class, name = "year"),
            @JsonSubTypes.Type(value = EventDate.Period.class, name = "period"),
            @JsonSubTypes.Type(value = EventDate.Unknown.class, name = "unknown")})
    @JsonIgnoreProperties(value = {"precision", "iso", "inferred"}, allowGetters = true)
    private interface EventDateMixIn {
    }

    private ModelJsonMapper() {
    }

    /** A mapper builder that reads and writes the model's records; callers may add modules before building. */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new TagJsonModule())
                .addMixIn(PublicationDate.class, PublicationDateMixIn.class)
                .addMixIn(EventDate.class, EventDateMixIn.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // Rows written by a later minor version may carry fields this one does not know.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
