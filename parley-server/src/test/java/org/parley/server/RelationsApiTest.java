package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.ports.ArticleStore;
import org.parley.core.relations.RelationshipBuilder;
import org.parley.engine.Pipeline;
import org.parley.engine.RelationsJson;
import org.parley.model.Event;
import org.parley.model.relations.CountryPair;

/**
 * GET /api/relations over the fixture store (events, no annotations, so the card's levels and
 * milestones come from the reference table): the card as the CLI's JSONL, valid against
 * relation.schema.json, its cooperation series traceable to events, clear 400s, the picker's list,
 * the read token and the answer limit.
 */
class RelationsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READ_TOKEN = "read-5e1f";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static ArticleStore store;
    private static LiveCatalog catalog;
    private static ParleyServer open;
    private static ParleyServer guarded;
    private static ParleyServer tinyAnswers;

    @BeforeAll
    static void start() throws IOException {
        store = FixtureStore.create(dir);
        catalog = new LiveCatalog(store, () -> Pipeline.stages(false));
        open = ParleyServer.start(catalog, ParleyServer.Config.loopback(0));
        guarded = ParleyServer.start(catalog, new ParleyServer.Config("127.0.0.1", 0, "upload-9", 1024, READ_TOKEN,
                List.of(), ParleyServer.Config.DEFAULT_MAX_RESPONSE_BYTES));
        tinyAnswers = ParleyServer.start(catalog, new ParleyServer.Config("127.0.0.1", 0, null, 1024, null, List.of(), 600));
    }

    @AfterAll
    static void stop() {
        open.close();
        guarded.close();
        tinyAnswers.close();
        store.close();
    }

    @Test
    void theCardIsWhatTheCommandPrintsAndValidatesAgainstTheSchema() throws Exception {
        HttpResponse<String> r = get(open, "/api/relations?between=vnm,USA&asOf=2024-04-01", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode card = JSON.readTree(r.body());

        // what `parley relations USA VNM --as-of 2024-04-01 --format jsonl` builds from the same store
        List<Event> events = catalog.current().events();
        JsonNode command = JSON.valueToTree(RelationsJson.relationship(RelationshipBuilder.bundled()
                .build(CountryPair.of("USA", "VNM"), List.of(), events, LocalDate.of(2024, 4, 1))));
        assertThat(card).isEqualTo(command);
        assertThat(schema().validate(card)).isEmpty();
        assertThat(card.get("pair").toString()).isEqualTo("[\"USA\",\"VNM\"]");
        assertThat(card.get("current").get("name").asText()).isEqualTo("Comprehensive Strategic Partnership");
        assertThat(card.get("current").get("since").get("value").asText()).isEqualTo("2023-09-10");
    }

    @Test
    void theCooperationSeriesCountsThePairsEventsByQuadClassWithTheirIds() throws Exception {
        JsonNode card = JSON.readTree(get(open, "/api/relations?between=USA,VNM&asOf=2024-04-01", null).body());
        JsonNode year = card.get("cooperation").get("years").get(0);

        assertThat(year.get("period").asText()).isEqualTo("2024");
        List<String> consults = new ArrayList<>(), aid = new ArrayList<>();
        for (Event e : catalog.current().events()) {
            if (e.type().equals("CONSULT")) {
                consults.add(e.id());
            } else if (e.type().equals("AID")) {
                aid.add(e.id());
            }
        }
        assertThat(ids(year.get("verbal_cooperation"))).containsExactlyInAnyOrderElementsOf(consults);
        assertThat(ids(year.get("material_cooperation"))).containsExactlyElementsOf(aid);
        assertThat(year.get("verbal_cooperation").get("count").asInt()).isEqualTo(consults.size());
        assertThat(year.get("material_conflict").get("count").asInt()).isZero(); // the Odesa strike is RUS-UKR
        assertThat(year.get("net_cooperation").asDouble()).isEqualTo(1.0);
    }

    @Test
    void badCountryCodesAndDatesAreClear400s() throws Exception {
        assertError("/api/relations?between=USA", "two ISO 3166-1 alpha-3 codes");
        assertError("/api/relations?between=USA,VN", "two ISO 3166-1 alpha-3 codes");
        assertError("/api/relations?between=USA,XYZ", "unknown country code XYZ");
        assertError("/api/relations?between=USA,usa", "two different countries");
        assertError("/api/relations?between=USA,VNM&asOf=2024-13-01", "asOf must be a day YYYY-MM-DD");
        assertError("/api/relations?between=USA,VNM&asOf=2024", "asOf must be a day YYYY-MM-DD");
    }

    @Test
    void listsPairsWithEventsAndPairsTheReferenceTableKnows() throws Exception {
        JsonNode page = JSON.readTree(get(open, "/api/relations?limit=1000", null).body());
        List<String> pairs = new ArrayList<>();
        page.get("items").forEach(i -> pairs.add(i.get("pair").get(0).asText() + "-" + i.get("pair").get(1).asText()));

        assertThat(pairs).contains("USA-VNM", "RUS-UKR", "JPN-VNM");
        assertThat(page.get("total").asInt()).isEqualTo(pairs.size());
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("events").asInt()).isGreaterThanOrEqualTo(2); // busiest first
        JsonNode usaVnm = page.get("items").get(pairs.indexOf("USA-VNM"));
        assertThat(usaVnm.get("reference").asBoolean()).isTrue();
        assertThat(usaVnm.get("names").asText()).contains("Viet");
        JsonNode japan = page.get("items").get(pairs.indexOf("JPN-VNM"));
        assertThat(japan.get("events").asInt()).isZero();
        assertThat(page.get("items").get(pairs.indexOf("RUS-UKR")).get("reference").asBoolean()).isFalse();

        JsonNode ukraine = JSON.readTree(get(open, "/api/relations?country=ukr", null).body());
        assertThat(ukraine.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void readsNeedTheReadTokenWhenOneIsConfigured() throws Exception {
        HttpResponse<String> refused = get(guarded, "/api/relations?between=USA,VNM", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).doesNotContain("Partnership");
        assertThat(get(guarded, "/api/relations", null).statusCode()).isEqualTo(401);
        assertThat(get(guarded, "/api/relations?between=USA,VNM", READ_TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void aCardOverTheAnswerLimitIsA400() throws Exception {
        HttpResponse<String> r = get(tinyAnswers, "/api/relations?between=USA,VNM", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("larger than the limit of 600 bytes").doesNotContain("Partnership");
    }

    private static List<String> ids(JsonNode quad) {
        List<String> out = new ArrayList<>();
        quad.get("events").forEach(id -> out.add(id.asText()));
        return out;
    }

    private static void assertError(String path, String fragment) throws Exception {
        HttpResponse<String> r = get(open, path, null);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("error").asText()).as(path).contains(fragment);
        assertThat(r.body()).doesNotContain("Exception");
    }

    private static HttpResponse<String> get(ParleyServer server, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonSchema schema() throws IOException {
        String resource = "/org/parley/engine/contract/relation.schema.json";
        try (InputStream in = RelationsApiTest.class.getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of("classpath:" + resource), JSON.readTree(in));
        }
    }
}
