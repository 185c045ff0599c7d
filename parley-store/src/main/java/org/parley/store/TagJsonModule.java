package org.parley.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.parley.model.EntityType;
import org.parley.model.PartOfSpeech;

/**
 * The stored forms of a token's tags, unchanged since annotations were first stored: a
 * {@link PartOfSpeech} as its Penn Treebank tag ({@code "NNS"}; null for OTHER) and an
 * {@link EntityType} as its constant's name, {@code "O"} for NONE. A tag read that Parley does not
 * know becomes OTHER (a missing one OTHER or NONE), so an old annotation always loads.
 *
 * <p>Design decision: the stored strings, not the enums' names, so that stores written before the
 * tags were enums load as they are, without re-annotating. Renaming an {@link EntityType} constant
 * therefore needs a migration.
 */
final class TagJsonModule extends SimpleModule {

    /** The stored form of {@link EntityType#NONE}: the "outside" tag of annotations stored before the enum. */
    static final String NO_ENTITY = "O";

    TagJsonModule() {
        super("parley-tags");
        addSerializer(PartOfSpeech.class, new JsonSerializer<>() {
            @Override
            public void serialize(PartOfSpeech pos, JsonGenerator out, SerializerProvider provider) throws IOException {
                if (pos.penn() == null) {
                    out.writeNull();
                } else {
                    out.writeString(pos.penn());
                }
            }
        });
        addDeserializer(PartOfSpeech.class, new JsonDeserializer<>() {
            @Override
            public PartOfSpeech deserialize(JsonParser in, DeserializationContext context) throws IOException {
                return PartOfSpeech.fromPenn(in.getValueAsString());
            }

            @Override
            public PartOfSpeech getNullValue(DeserializationContext context) {
                return PartOfSpeech.OTHER;
            }
        });
        addSerializer(EntityType.class, new JsonSerializer<>() {
            @Override
            public void serialize(EntityType type, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(type == EntityType.NONE ? NO_ENTITY : type.name());
            }
        });
        addDeserializer(EntityType.class, new JsonDeserializer<>() {
            @Override
            public EntityType deserialize(JsonParser in, DeserializationContext context) throws IOException {
                return entityType(in.getValueAsString());
            }

            @Override
            public EntityType getNullValue(DeserializationContext context) {
                return EntityType.NONE;
            }
        });
    }

    private static EntityType entityType(String stored) {
        if (stored == null || stored.equals(NO_ENTITY)) {
            return EntityType.NONE;
        }
        try {
            return EntityType.valueOf(stored);
        } catch (IllegalArgumentException unknown) {
            return EntityType.OTHER;
        }
    }
}
