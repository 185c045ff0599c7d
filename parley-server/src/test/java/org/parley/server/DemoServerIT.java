package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;
import org.parley.eval.AnnotatedCorpus;
import org.parley.store.ArticleStores;

/**
 * The API over the demo corpus, annotated with CoreNLP (cached in target/demo-store; copied from
 * parley-eval's cache when that exists). The test serves a copy, so the cache stays as annotated.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static ArticleStore store;
    private static LiveCatalog catalog;
    private static ParleyServer server;

    @BeforeAll
    static void start() throws IOException {
        Path cache = Path.of("target/demo-store");
        Path evalCache = Path.of("../parley-eval/target/demo-store/parley.db");
        if (!Files.exists(cache.resolve("parley.db")) && Files.exists(evalCache)) {
            Files.createDirectories(cache);
            Files.copy(evalCache, cache.resolve("parley.db"));
        }
        AnnotatedCorpus.of(Path.of("../demo/corpus"), cache);
        Files.createDirectories(dir.resolve("store"));
        Files.copy(cache.resolve("parley.db"), dir.resolve("store/parley.db"), StandardCopyOption.REPLACE_EXISTING);
        store = ArticleStores.open(dir.resolve("store").toString());
        catalog = new LiveCatalog(store, () -> Pipeline.stages(true));
        server = ParleyServer.start(catalog, ParleyServer.Config.loopback(0));
        System.out.println("demo catalog built in " + catalog.current().buildTime().toMillis() + " ms");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void eventsCommitmentsAndStoriesFollowThePublicContract() throws Exception {
        Path schemas = Path.of(System.getProperty("parley.shared", "../../shared")).resolve("schema");
        Assumptions.assumeTrue(Files.isDirectory(schemas), schemas + " is absent: skipping the contract check");
        Map<String, String> lists = Map.of("event.schema.json", "/api/events?limit=1000",
                "commitment.schema.json", "/api/commitments?limit=1000", "story.schema.json", "/api/stories?limit=1000");
        for (Map.Entry<String, String> list : lists.entrySet()) {
            Path file = schemas.resolve(list.getKey());
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of(file.toUri().toString()), JSON.readTree(file.toFile()));
            JsonNode items = get(list.getValue()).get("items");
            assertThat(items).as(list.getValue()).isNotEmpty();
            for (JsonNode item : items) {
                Set<ValidationMessage> errors = schema.validate(item);
                assertThat(errors).as(list.getKey() + " " + item.get("id")).isEmpty();
            }
        }
    }

    @Test
    void servesTheDemoStoriesWithTheirArticlesAndEvents() throws Exception {
        JsonNode stories = get("/api/stories?limit=100");
        assertThat(stories.get("total").asInt()).isEqualTo(14);
        JsonNode biggest = null;
        for (JsonNode s : stories.get("items")) {
            if (biggest == null || s.get("sources").asInt() > biggest.get("sources").asInt()) {
                biggest = s;
            }
        }
        assertThat(biggest.get("sources").asInt()).isEqualTo(3);
        JsonNode story = get("/api/stories/" + biggest.get("id").asText());
        assertThat(story.get("article_details")).hasSize(3);
        assertThat(story.get("event_details")).isNotEmpty();
        assertThat(get("/api/stories?country=USA,VNM").get("total").asInt()).isBetween(1, 13);
    }

    @Test
    void theUsVietnamTimelineIsInDateOrderAndMarksDisagreements() throws Exception {
        JsonNode t = get("/api/timeline?between=USA,VNM");
        List<String> days = new ArrayList<>();
        boolean disputed = false;
        for (JsonNode e : t.get("events")) {
            days.add(e.get("date").asText());
            disputed |= e.get("disputed").size() > 0;
        }
        assertThat(days).isNotEmpty().isSorted();
        assertThat(disputed).as("the seed dialogue's outlets disagree on a date or place").isTrue();
        assertThat(t.get("months")).isNotEmpty();
        double total = 0;
        for (JsonNode m : t.get("months")) {
            total += m.get("score").asDouble() * m.get("events").asInt();
        }
        assertThat(total).as("a cooperative dyad").isPositive();
    }

    @Test
    void anEventWithConflictsShowsWhoSaidWhat() throws Exception {
        JsonNode page = get("/api/events?country=USA,VNM&limit=1000");
        JsonNode conflicted = null;
        for (JsonNode e : page.get("items")) {
            if (e.get("conflicts").size() > 0) {
                conflicted = e;
                break;
            }
        }
        assertThat(conflicted).isNotNull();
        JsonNode event = get("/api/events/" + conflicted.get("id").asText());
        JsonNode conflict = event.get("conflicts").get(0);
        assertThat(conflict.get("values").size()).isGreaterThanOrEqualTo(2);
        assertThat(conflict.get("values").get(0).get("docs")).isNotEmpty();
        assertThat(event.get("mentions").size()).isGreaterThanOrEqualTo(2);
        for (JsonNode m : event.get("mentions")) {
            assertThat(m.get("outlet").isNull()).isFalse();
        }
    }

    @Test
    void everyArticleHighlightCoversItsEvidenceSentence() throws Exception {
        int checked = 0;
        for (JsonNode a : get("/api/articles?limit=100").get("items")) {
            JsonNode article = get("/api/articles/" + a.get("id").asText());
            String text = article.get("text").asText();
            for (JsonNode e : article.get("events")) {
                for (JsonNode m : e.get("mentions")) {
                    assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
                            .isEqualTo(m.get("sentence").asText());
                    checked++;
                }
            }
            assertThat(article.get("highlights").size()).isGreaterThanOrEqualTo(article.get("events").size() > 0 ? 1 : 0);
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void searchFindsArticlesAndEvidenceWithFacets() throws Exception {
        JsonNode r = get("/api/search?q=blinken");
        assertThat(r.get("total").asInt()).isGreaterThan(5);
        assertThat(r.get("facets").get("country").toString()).contains("\"VNM\"");
        assertThat(r.get("facets").get("type").toString()).contains("CONSULT");
        JsonNode events = get("/api/search?q=blinken&kind=event&country=VNM&year=2024");
        assertThat(events.get("hits")).allMatch(h -> h.get("kind").asText().equals("event"));
        assertThat(get("/api/events?q=%22phone%22&country=USA,VNM").get("total").asInt()).isPositive();
        JsonNode actors = get("/api/actors?name=blinken");
        assertThat(actors.get("items").get(0).get("country").asText()).isEqualTo("USA");
        assertThat(get("/api/commitments").get("total").asInt()).isPositive();
    }

    @Test
    @Order(Integer.MAX_VALUE) // changes the store: after the tests that count the demo's stories
    void anUploadIsAnnotatedAndItsEventsServedWhileReadersGoOn() throws Exception {
        int before = get("/api/status").get("events").asInt();
        String record = JSON.writeValueAsString(Map.of("url", "https://www.harbourtimes.example/world/asia/wong-retno-jakarta",
                "title", "Australia and Indonesia agree to expand maritime cooperation",
                "maintext", "Australian Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi in Jakarta "
                        + "on Monday, and the two ministers signed an agreement to expand maritime cooperation.\n"
                        + "Wong said Indonesia was one of Australia's most important partners.",
                "date_publish", "2024-02-12 18:00:00", "source_domain", "harbourtimes.example", "language", "en"));
        AtomicBoolean ingesting = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            while (ingesting.get()) {
                try {
                    HttpResponse<String> r = send(HttpRequest.newBuilder(server.uri().resolve("/api/timeline?between=USA,VNM")).build());
                    if (r.statusCode() != 200) {
                        failures.add(r.statusCode() + " " + r.body());
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            }
        });
        reader.start();
        HttpResponse<String> r = send(HttpRequest.newBuilder(server.uri().resolve("/api/articles"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(record + "\n", StandardCharsets.UTF_8)).build());
        ingesting.set(false);
        reader.join(30_000);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode summary = JSON.readTree(r.body());
        assertThat(summary.get("annotated").asInt()).isEqualTo(1);
        assertThat(summary.get("extracted").asInt()).isEqualTo(1);
        assertThat(failures).isEmpty();
        assertThat(get("/api/status").get("events").asInt()).isGreaterThan(before);
        assertThat(get("/api/events?country=AUS,IDN").get("total").asInt()).isPositive();
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(server.uri().resolve(path)).build());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
