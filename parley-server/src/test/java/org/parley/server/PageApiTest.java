package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;

/**
 * What the web page asks of the API beyond the JSONL contract, over the hand-made fixture store:
 * GET /api/dyads (the timeline's pair picker) and the brief timeline (chart and list without mentions).
 */
class PageApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static ArticleStore store;
    private static ParleyServer server;

    @BeforeAll
    static void start() throws IOException {
        store = FixtureStore.create(dir);
        server = ParleyServer.start(new LiveCatalog(store, () -> Pipeline.stages(false)), ParleyServer.Config.loopback(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void listsCountryPairsBusiestFirstCountingTheEventsBetweenThem() throws Exception {
        JsonNode page = get("/api/dyads", 200);
        assertThat(page.get("total").asInt()).isEqualTo(2);
        JsonNode first = page.get("items").get(0), second = page.get("items").get(1);
        assertThat(first.get("countries").toString()).isEqualTo("[\"USA\",\"VNM\"]");
        assertThat(first.get("events").asInt()).isEqualTo(get("/api/events?country=USA,VNM", 200).get("total").asInt());
        assertThat(second.get("countries").toString()).isEqualTo("[\"RUS\",\"UKR\"]");
        assertThat(second.get("events").asInt()).isEqualTo(1);
    }

    @Test
    void filtersByOneCountryAndRejectsABadLimit() throws Exception {
        JsonNode ukraine = get("/api/dyads?country=ukr", 200);
        assertThat(ukraine.get("total").asInt()).isEqualTo(1);
        assertThat(ukraine.get("items").get(0).get("countries").toString()).contains("UKR");
        assertThat(get("/api/dyads?limit=0", 400).get("error").asText()).contains("limit");
    }

    @Test
    void briefTimelineLeavesOutTheEmbeddedEventButKeepsWhatTheChartNeeds() throws Exception {
        JsonNode full = get("/api/timeline?between=USA,VNM", 200), brief = get("/api/timeline?between=vnm,usa&brief=true", 200);
        assertThat(brief.get("total").asInt()).isEqualTo(full.get("total").asInt()).isPositive();
        for (int i = 0; i < full.get("total").asInt(); i++) {
            JsonNode f = full.get("events").get(i), b = brief.get("events").get(i);
            assertThat(f.has("event")).isTrue();
            assertThat(b.has("event")).isFalse();
            for (String field : new String[] {"id", "date", "precision", "type", "actors", "sources", "disputed", "weight"}) {
                assertThat(b.get(field)).as(field).isEqualTo(f.get(field));
            }
        }
        assertThat(brief.get("months")).isEqualTo(full.get("months"));
    }

    private static JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }
}
