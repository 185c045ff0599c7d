package org.parley.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates JSON against the public contract in ../shared/schema (skips when it is absent). */
public final class SchemaCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonSchema schema;

    private SchemaCheck(JsonSchema schema) {
        this.schema = schema;
    }

    /** {@code name} is e.g. {@code event.schema.json}. */
    public static SchemaCheck of(String name) {
        Path file = SeedCorpus.sharedDir().resolve("schema").resolve(name);
        assumeTrue(Files.isRegularFile(file), "../shared/schema/" + name + " is absent: skipping the contract check");
        try (InputStream in = Files.newInputStream(file)) {
            // The schemas' $id is relative ("parley/event.schema.json"): give it the file as base.
            return read(SchemaLocation.of(file.toUri().toString()), in);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    /**
     * The schema of the fields Parley adds to the shared contract (bundled with parley-engine),
     * {@code name} e.g. {@code event.additions.schema.json}.
     */
    public static SchemaCheck additions(String name) {
        String resource = "/org/parley/engine/contract/" + name;
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no resource " + resource);
            }
            return read(SchemaLocation.of("classpath:" + resource), in);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + resource, e);
        }
    }

    private static SchemaCheck read(SchemaLocation base, InputStream in) throws IOException {
        return new SchemaCheck(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(base, JSON.readTree(in)));
    }

    /** The violations of one JSON object as printed by the CLI (serialised and parsed again, as a reader would). */
    public List<String> violations(Map<String, Object> value) {
        try {
            JsonNode node = JSON.readTree(JSON.writeValueAsString(value));
            Set<ValidationMessage> errors = schema.validate(node);
            return errors.stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
