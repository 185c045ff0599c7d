package org.parley.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolecatExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The bundled schema of a POLECAT record; also used by the demo export test. */
    static JsonSchema schema() throws Exception {
        String resource = "/org/parley/engine/export/" + PolecatExport.SCHEMA;
        try (InputStream in = PolecatExport.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of("classpath:" + resource), JSON.readTree(in));
        }
    }

    @Test
    void everyRecordValidatesAgainstTheSchema() throws Exception {
        new PolecatExport().write(ExportFixtures.data(), dir, new ExportRun("test", Instant.EPOCH));
        List<String> lines = Files.readAllLines(dir.resolve(PolecatExport.FILE));

        assertThat(lines).hasSize(2);
        JsonSchema schema = schema();
        for (String line : lines) {
            assertThat(schema.validate(JSON.readTree(line))).as(line).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsARecordWithoutItsEventType() throws Exception {
        Map<String, Object> record = new java.util.LinkedHashMap<>(
                PolecatExport.record(ExportFixtures.meeting(), ExportFixtures.data()));
        record.put("event_type", "MEET");

        assertThat(schema().validate(JSON.valueToTree(record))).isNotEmpty();
    }

    @Test
    void aRecordCarriesTheSentenceTheActorsWithCodesAndThePlace() throws Exception {
        new PolecatExport().write(ExportFixtures.data(), dir, new ExportRun("test", Instant.EPOCH));
        JsonNode meeting = JSON.readTree(Files.readAllLines(dir.resolve(PolecatExport.FILE)).get(0));

        assertThat(meeting.get("event_type").asText()).isEqualTo("CONSULT");
        assertThat(meeting.get("event_mode").asText()).isEqualTo("meeting");
        assertThat(meeting.get("date").asText()).isEqualTo("2024-06-03");
        assertThat(meeting.get("event_text").asText()).startsWith("The foreign minister of Freedonia met");
        assertThat(meeting.get("headline").asText()).isEqualTo("Talks in Hanoi");
        assertThat(meeting.get("pub_date").asText()).isEqualTo("2024-06-03");
        JsonNode actor = meeting.get("attributes").get("ACTOR").get(0);
        assertThat(actor.get("actor_code").asText()).isEqualTo("FRDGOV");
        assertThat(actor.get("title").asText()).isEqualTo("Foreign Minister");
        assertThat(meeting.get("attributes").get("RECIP").get(0).get("country").asText()).isEqualTo("VNM");
        assertThat(meeting.get("attributes").get("LOC").get(0).get("lat").asDouble()).isEqualTo(21.0245);
    }

    @Test
    void unidentifiedAttackersValidateWithTheirCountryAndSectorCode() throws Exception {
        // "a bomb attack in Hanoi killed two policemen" (issue 12): a group of the place's country, sector UAF
        org.parley.model.Actor attackers = new org.parley.model.Actor("unidentified attackers in Hanoi",
                org.parley.model.ActorKind.GROUP, null, "VNM", "UAF");
        org.parley.model.Event meeting = ExportFixtures.meeting();
        org.parley.model.Event attack = new org.parley.model.Event(meeting.id(), meeting.story(), "ASSAULT", null, "183",
                meeting.date(), meeting.location(), List.of(attackers), meeting.target(), List.of(), false,
                meeting.mentions(), List.of());
        Map<String, Object> record = PolecatExport.record(attack, ExportFixtures.data());

        assertThat(schema().validate(JSON.valueToTree(record))).isEmpty();
        JsonNode actor = JSON.valueToTree(record).get("attributes").get("ACTOR").get(0);
        assertThat(actor.get("actor_code").asText()).isEqualTo("VNMUAF");
        assertThat(actor.get("kind").asText()).isEqualTo("group");
        assertThat(actor.get("text").asText()).isEqualTo("unidentified attackers in Hanoi");
    }
}
