package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;

/** Every endpoint over a small hand-made store (no NLP models), including bad input and ingest under load. */
class ServerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cret-token";

    @TempDir
    static Path dir;
    private static ArticleStore store;
    private static LiveCatalog catalog;
    private static ParleyServer open;
    private static ParleyServer guarded;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        store = FixtureStore.create(dir);
        catalog = new LiveCatalog(store, () -> Pipeline.stages(false));
        open = ParleyServer.start(catalog, ParleyServer.Config.loopback(0));
        guarded = ParleyServer.start(catalog, new ParleyServer.Config("127.0.0.1", 0, TOKEN, 2048));
    }

    @AfterAll
    static void stop() {
        open.close();
        guarded.close();
        store.close();
    }

    // ---- reads

    @Test
    void listsConsolidatedEventsWithContractFieldsInDateOrder() throws Exception {
        JsonNode page = get("/api/events").json();
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(3);
        JsonNode first = page.get("items").get(0);
        assertThat(fieldNames(first)).contains("id", "story", "type", "mode", "cameo", "date", "location", "source", "target",
                "topics", "background", "mentions", "conflicts");
        List<String> dates = new ArrayList<>();
        page.get("items").forEach(e -> dates.add(e.get("date").get("value").asText()));
        assertThat(dates).isSorted();
        assertThat(first.get("type").asText()).isEqualTo("ASSAULT"); // February comes first
    }

    @Test
    void filtersEventsByDyadCountryTypePeriodAndText() throws Exception {
        assertThat(types(get("/api/events?country=USA,VNM").json())).doesNotContain("ASSAULT").contains("CONSULT", "AID");
        assertThat(types(get("/api/events?country=ukr").json())).containsOnly("ASSAULT");
        assertThat(types(get("/api/events?type=CONSULT/phone").json())).containsOnly("CONSULT");
        assertThat(types(get("/api/events?from=2024-03&to=2024-03-31").json())).doesNotContain("ASSAULT").contains("CONSULT");
        assertThat(types(get("/api/events?to=2024-02").json())).containsOnly("ASSAULT");
        assertThat(types(get("/api/events?actor=blinken").json())).containsOnly("CONSULT");
        assertThat(types(get("/api/events?q=shelled%20odesa").json())).containsOnly("ASSAULT");
        assertThat(get("/api/events?q=nothingmatchesthis").json().get("total").asInt()).isZero();
    }

    @Test
    void pagesWithTotal() throws Exception {
        JsonNode all = get("/api/events").json();
        JsonNode second = get("/api/events?limit=1&offset=1").json();
        assertThat(second.get("total").asInt()).isEqualTo(all.get("total").asInt());
        assertThat(second.get("limit").asInt()).isEqualTo(1);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("id")).isEqualTo(all.get("items").get(1).get("id"));
        assertThat(get("/api/events?offset=1000").json().get("items")).isEmpty();
    }

    @Test
    void rejectsBadParametersWithJsonErrors() throws Exception {
        assertError(get("/api/events?from=2024-05-01&to=2024-01-01"), 400, "before it starts");
        assertError(get("/api/events?from=March"), 400, "from must be a date");
        assertError(get("/api/events?limit=0"), 400, "limit");
        assertError(get("/api/events?limit=ten"), 400, "limit must be a whole number");
        assertError(get("/api/events?offset=-1"), 400, "offset");
        assertError(get("/api/events?country=US"), 400, "alpha-3");
        assertError(get("/api/commitments?from=2024-13-01"), 400, "from");
        assertError(get("/api/timeline?between=USA,VNM&from=2025&to=2024"), 400, "before it starts");
        assertError(get("/api/search?kind=photos"), 400, "kind");
        assertError(get("/api/nothing-here"), 404, "no such path");
    }

    @Test
    void anEventIdRetiredByAMergeAnswers301WithTheIdInUse() throws Exception {
        String event = get("/api/events").json().get("items").get(0).get("id").asText();
        // an old event merged into another that merged on into the live one
        store.retireIds(ArticleStore.IdKind.EVENT, Map.of("ev-retired-1", "ev-retired-2", "ev-retired-2", event));
        // a story retired into a story that is gone too: nothing to point to
        store.retireIds(ArticleStore.IdKind.STORY, Map.of("story-00000000000000aa", "story-00000000000000bb"));
        catalog.refresh();

        HttpResponse<String> r = http.send(HttpRequest.newBuilder(open.uri().resolve("/api/events/ev-retired-1")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).contains("/api/events/" + event);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("merged_into").asText()).isEqualTo(event);
        assertThat(body.get("error").asText()).contains("ev-retired-1 was merged into " + event);
        assertError(get("/api/stories/story-00000000000000aa"), 404, "no story");
    }

    @Test
    void showsOneEventWithMentionsOutletsAndOffsets() throws Exception {
        JsonNode consult = get("/api/events?type=CONSULT").json().get("items").get(0);
        JsonNode event = get("/api/events/" + consult.get("id").asText()).json();
        assertThat(event.get("id")).isEqualTo(consult.get("id"));
        JsonNode mention = event.get("mentions").get(0);
        assertThat(fieldNames(mention)).contains("doc", "article", "sentence", "start", "end", "trigger", "outlet");
        assertThat(mention.get("outlet").asText()).isIn("river-post", "coast-daily");
        assertThat(event.get("weight").asDouble()).isEqualTo(1.0);
        assertError(get("/api/events/ev-doesnotexist"), 404, "no event ev-doesnotexist");
    }

    @Test
    void listsCommitmentsWithAmountsAndFilters() throws Exception {
        JsonNode page = get("/api/commitments").json();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode c = page.get("items").get(0);
        assertThat(c.get("kind").asText()).isEqualTo("pledge");
        assertThat(c.get("amount").get("currency").asText()).isEqualTo("USD");
        assertThat(c.get("amount").get("value").decimalValue()).isEqualByComparingTo("12000000");
        assertThat(get("/api/commitments?country=VNM&kind=pledge&q=vocational").json().get("total").asInt()).isEqualTo(1);
        assertThat(get("/api/commitments?country=RUS").json().get("total").asInt()).isZero();
        assertThat(get("/api/commitments?from=2025-01-01").json().get("total").asInt()).isZero();
    }

    @Test
    void countsActorsAndFiltersThem() throws Exception {
        JsonNode page = get("/api/actors?country=USA").json();
        List<String> names = new ArrayList<>();
        page.get("items").forEach(a -> names.add(a.get("name").asText()));
        assertThat(names).contains("Antony Blinken", "USAID").doesNotContain("Russia");
        JsonNode blinken = get("/api/actors?name=blinken").json().get("items").get(0);
        assertThat(blinken.get("events").asInt()).isPositive();
        assertThat(blinken.get("role").asText()).isEqualTo("Secretary of State");
        assertThat(blinken.get("first").asText()).startsWith("2024-03");
    }

    @Test
    void buildsADyadTimelineWithMonthlyCountsAndScore() throws Exception {
        JsonNode t = get("/api/timeline?between=USA,VNM").json();
        assertThat(t.get("scope").get("between").toString()).isEqualTo("[\"USA\",\"VNM\"]");
        List<String> dates = new ArrayList<>();
        t.get("events").forEach(e -> dates.add(e.get("date").asText()));
        assertThat(dates).isNotEmpty();
        JsonNode march = t.get("months").get(t.get("months").size() - 1);
        assertThat(march.get("month").asText()).isEqualTo("2024-03");
        assertThat(march.get("counts").get("CONSULT").asInt()).isPositive();
        assertThat(march.get("score").asDouble()).isPositive();
        assertThat(march.get("conflict").asDouble()).isZero();

        JsonNode war = get("/api/timeline?between=RUS,UKR").json();
        assertThat(war.get("months").get(0).get("score").asDouble()).isEqualTo(CooperationScore.PLOVER_TYPES.get("ASSAULT"));
        assertThat(war.get("months").get(0).get("conflict").asDouble()).isEqualTo(-CooperationScore.PLOVER_TYPES.get("ASSAULT"));
        assertThat(war.get("events").get(0).get("place").asText()).isEqualTo("Odesa");

        JsonNode actor = get("/api/timeline?actor=Blinken&all=false").json();
        assertThat(actor.get("events")).allMatch(e -> e.get("type").asText().equals("CONSULT"));
        assertError(get("/api/timeline"), 400, "between");
        assertError(get("/api/timeline?between=USA"), 400, "two ISO");
    }

    @Test
    void searchesArticlesAndEvidenceWithFacetsAndSurvivesBadSyntax() throws Exception {
        JsonNode r = get("/api/search?q=phone").json();
        Set<String> kinds = new HashSet<>();
        r.get("hits").forEach(h -> kinds.add(h.get("kind").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("article", "event");
        assertThat(r.get("hits").get(0).get("snippets").get(0).asText()).contains("<mark>");
        assertThat(r.get("facets").get("country").toString()).contains("\"USA\"");
        assertThat(r.get("facets").get("outlet").toString()).contains("river-post");
        JsonNode filtered = get("/api/search?q=phone&kind=article&outlet=coast-daily").json();
        assertThat(filtered.get("total").asInt()).isEqualTo(1);
        JsonNode bad = get("/api/search?q=phone%20AND%20(").json();
        assertThat(bad.get("literal").asBoolean()).isTrue();
        assertThat(bad.get("total").asInt()).isPositive();
        assertThat(get("/api/search?q=*").status()).isEqualTo(200);
    }

    @Test
    void showsAnArticleWithEvidenceOffsetsIntoItsText() throws Exception {
        JsonNode list = get("/api/articles?outlet=river-post").json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        String id = list.get("items").get(0).get("id").asText();
        JsonNode a = get("/api/articles/" + id.substring(0, 10)).json();
        assertThat(a.get("id").asText()).isEqualTo(id);
        String text = a.get("text").asText();
        assertThat(a.get("highlights")).hasSize(3); // two events, one commitment
        for (JsonNode h : a.get("highlights")) {
            String covered = text.substring(h.get("start").asInt(), h.get("end").asInt());
            assertThat(covered).isIn(FixtureStore.CALL, FixtureStore.PLEDGE);
        }
        JsonNode mention = a.get("events").get(0).get("mentions").get(0);
        assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                .isEqualTo(mention.get("sentence").asText());
        assertError(get("/api/articles/ffffffffffffffff"), 404, "no article");
        assertError(get("/api/articles/ab"), 404, "at least 6 characters");
    }

    @Test
    void listsStoriesAndRejectsUnknownStory() throws Exception {
        JsonNode page = get("/api/stories").json();
        assertThat(fieldNames(page)).containsExactly("total", "offset", "limit", "items");
        assertThat(page.get("total").asInt()).isEqualTo(page.get("items").size());
        assertError(get("/api/stories/story-0000000000000000"), 404, "no story");
        assertError(get("/api/stories?from=2024-02-02&to=2024-02-01"), 400, "before it starts");
    }

    @Test
    void reportsStatusAndServesThePage() throws Exception {
        JsonNode s = get("/api/status").json();
        assertThat(s.get("articles").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(s.get("upload_needs_token").asBoolean()).isFalse();
        Response page = get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Parley");
    }

    // ---- OpenAPI

    @Test
    void documentsEveryRouteAndServesEveryDocumentedPath() throws Exception {
        Response doc = get("/api/openapi.json");
        assertThat(doc.status()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(doc.body());
        assertThat(parsed.getMessages()).isEmpty();
        Set<String> documented = new HashSet<>();
        parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> documented.add(method.name() + " " + path)));
        Set<String> registered = new HashSet<>();
        ParleyServer.ROUTES.forEach(r -> registered.add(r.method() + " " + r.path()));
        assertThat(documented).isEqualTo(registered);
        for (ParleyServer.Route r : ParleyServer.ROUTES) {
            if (r.method().equals("GET")) {
                Response res = get(r.path().replace("{id}", "unknown-id") + (r.path().endsWith("timeline") ? "?actor=x" : ""));
                assertThat(res.body()).as(r.path()).doesNotContain("no such path");
                assertThat(res.status()).as(r.path()).isIn(200, 404);
            }
        }
    }

    // ---- ingest

    @Test
    void ingestsJsonLinesAndShowsTheNewArticle() throws Exception {
        String record = record("https://example.org/news/vientiane-talks", "Laos and Thailand discuss the Mekong",
                "Laos and Thailand held talks in Vientiane on Monday about shared use of the Mekong river. Officials said the talks went well.");
        Response r = post(open, record + "\n", "application/x-ndjson", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("new").asInt()).isEqualTo(1);
        assertThat(get("/api/search?q=vientiane&kind=article").json().get("total").asInt()).isEqualTo(1);
        Response again = post(open, record, "application/json", null);
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void ingestsAMultipartUpload() throws Exception {
        String boundary = "parleyboundary42";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nCanberra hosts Wellington envoy\n\nThe Australian foreign minister received her "
                + "New Zealand counterpart in Canberra on Friday for talks on Pacific security.\n\r\n--" + boundary + "--\r\n";
        Response r = post(open, body, "multipart/form-data; boundary=" + boundary, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("new").asInt()).isEqualTo(1);
        JsonNode found = get("/api/search?q=canberra%20wellington&kind=article").json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void rejectsMalformedJsonNamingTheLine() throws Exception {
        String good = record("https://example.org/a", "A", "Some text about a meeting between two ministers in Lima.");
        Response r = post(open, good + "\n{\"maintext\": \"unterminated\n", "application/x-ndjson", null);
        assertError(r, 400, "line 2: malformed JSON");
        assertError(post(open, "[1, 2]", "application/json", null), 400, "not a JSON object");
        assertError(post(open, "   ", "application/json", null), 400, "empty");
        assertError(post(open, "{\"url\": \"https://example.org/empty\", \"maintext\": \"\"}", "application/json", null), 400, "no record could be ingested");
    }

    @Test
    void requiresTheTokenAndEnforcesTheSizeLimit() throws Exception {
        String record = record("https://example.org/b", "B", "Ministers of Chile and Peru met in Lima on Monday.");
        assertError(post(guarded, record, "application/json", null), 401, "token");
        assertError(post(guarded, record, "application/json", "wrong"), 401, "wrong token");
        assertError(post(guarded, "{\"maintext\": \"" + "x".repeat(5000) + "\"}", "application/json", TOKEN), 413, "limit");
        Response ok = post(guarded, record, "application/json", TOKEN);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(get(guarded, "/api/status").json().get("upload_needs_token").asBoolean()).isTrue();
    }

    @Test
    void readersSeeNoErrorsWhileAnIngestRuns() throws Exception {
        int before = get("/api/articles").json().get("total").asInt();
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            jsonl.append(record("https://example.org/load/" + i, "Load test " + i, "Delegations from Norway and Kenya met in Nairobi "
                    + "on day " + i + " to discuss renewable energy financing and trade, officials from both sides said.")).append('\n');
        }
        AtomicBoolean ingesting = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(4);
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String path = List.of("/api/events?country=USA", "/api/articles?limit=1000", "/api/search?q=talks", "/api/timeline?between=USA,VNM").get(t);
            Thread reader = new Thread(() -> {
                started.countDown();
                while (ingesting.get() || reads.get() < 20) {
                    try {
                        Response r = get(path);
                        reads.incrementAndGet();
                        if (r.status() != 200) {
                            failures.add(path + " -> " + r.status() + " " + r.body());
                        }
                    } catch (Exception e) {
                        failures.add(path + " -> " + e);
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }
        started.await();
        Response r = post(open, jsonl.toString(), "application/x-ndjson", null);
        ingesting.set(false);
        for (Thread reader : readers) {
            reader.join(30_000);
        }
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(failures).isEmpty();
        assertThat(reads.get()).isGreaterThanOrEqualTo(20);
        assertThat(get("/api/articles").json().get("total").asInt()).isEqualTo(before + 40);
    }

    // ---- plumbing

    record Response(int status, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    private static Response get(String path) throws IOException, InterruptedException {
        return get(open, path);
    }

    private static Response get(ParleyServer server, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body());
    }

    private static Response post(ParleyServer server, String body, String type, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve("/api/articles")).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body());
    }

    private static void assertError(Response r, int status, String fragment) throws IOException {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonNode body = r.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).containsIgnoringCase(fragment);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static String record(String url, String title, String text) throws IOException {
        return JSON.writeValueAsString(Map.of("url", url, "title", title, "maintext", text, "language", "en",
                "date_publish", "2024-04-01 09:00:00", "source_domain", "example.org"));
    }

    private static List<String> types(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(e -> out.add(e.get("type").asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
