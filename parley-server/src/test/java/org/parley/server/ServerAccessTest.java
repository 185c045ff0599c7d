package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;

/** Reads behind a token, CORS only for configured origins, bounded requests and answers. */
class ServerAccessTest {
    private static final String UPLOAD_TOKEN = "upload-8f2c1e";
    private static final String READ_TOKEN = "read-77ab90";
    private static final String ALLOWED_ORIGIN = "https://news.example.org";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static ArticleStore store;
    private static ParleyServer open;
    private static ParleyServer readGuarded;
    private static ParleyServer oneToken;
    private static ParleyServer tinyAnswers;

    @BeforeAll
    static void start() throws IOException {
        store = FixtureStore.create(dir);
        LiveCatalog catalog = new LiveCatalog(store, () -> Pipeline.stages(false));
        long body = ParleyServer.Config.DEFAULT_MAX_BODY_BYTES;
        long answers = ParleyServer.Config.DEFAULT_MAX_RESPONSE_BYTES;
        open = ParleyServer.start(catalog, ParleyServer.Config.loopback(0));
        readGuarded = ParleyServer.start(catalog, new ParleyServer.Config("127.0.0.1", 0, UPLOAD_TOKEN, body, READ_TOKEN,
                List.of(ALLOWED_ORIGIN), answers));
        oneToken = ParleyServer.start(catalog, new ParleyServer.Config("127.0.0.1", 0, UPLOAD_TOKEN, body, UPLOAD_TOKEN,
                List.of(), answers));
        tinyAnswers = ParleyServer.start(catalog, new ParleyServer.Config("127.0.0.1", 0, null, body, null, List.of(), 600));
    }

    @AfterAll
    static void stop() {
        for (ParleyServer s : List.of(open, readGuarded, oneToken, tinyAnswers)) {
            s.close();
        }
        store.close();
    }

    @Test
    void readsWithoutTheTokenGet401AndNoData() throws Exception {
        for (String path : List.of("/api/events", "/api/stories", "/api/articles", "/api/status", "/api/search?q=talks",
                "/api/events/no-such-id")) {
            HttpResponse<String> missing = get(readGuarded, path, null, null);
            assertThat(missing.statusCode()).as(path).isEqualTo(401);
            assertThat(missing.body()).as(path).contains("need a token").doesNotContain("items").doesNotContain("total");
            assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            HttpResponse<String> wrong = get(readGuarded, path, "not-the-token", null);
            assertThat(wrong.statusCode()).as(path).isEqualTo(401);
            assertThat(wrong.body()).as(path).contains("wrong token").doesNotContain("items");
        }
    }

    @Test
    void aHeadRequestWithoutTheTokenGets401() throws Exception {
        HttpRequest head = HttpRequest.newBuilder(readGuarded.uri().resolve("/api/events"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        assertThat(HTTP.send(head, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
    }

    @Test
    void readsWithTheReadTokenOrTheUploadTokenGetData() throws Exception {
        for (String token : List.of(READ_TOKEN, UPLOAD_TOKEN)) {
            HttpResponse<String> r = get(readGuarded, "/api/events", token, null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).contains("\"items\"");
        }
        assertThat(get(readGuarded, "/api/status", READ_TOKEN, null).body()).contains("\"reads_need_token\":true");
        assertThat(get(open, "/api/status", null, null).body()).contains("\"reads_need_token\":false");
    }

    @Test
    void theReadTokenCannotUpload() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(readGuarded.uri().resolve("/api/articles"))
                .header("Authorization", "Bearer " + READ_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"maintext\": \"The ministers met in Lima on Monday.\"}"))
                .build();
        HttpResponse<String> r = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("wrong token");
    }

    @Test
    void oneTokenGuardsReadsAndUploads() throws Exception {
        assertThat(get(oneToken, "/api/events", null, null).statusCode()).isEqualTo(401);
        assertThat(get(oneToken, "/api/events", READ_TOKEN, null).statusCode()).isEqualTo(401);
        assertThat(get(oneToken, "/api/events", UPLOAD_TOKEN, null).statusCode()).isEqualTo(200);
    }

    @Test
    void theApiDescriptionStaysOpen() throws Exception {
        assertThat(get(readGuarded, "/api/openapi.json", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void corsAnswersOnlyAConfiguredOrigin() throws Exception {
        HttpResponse<String> allowed = get(readGuarded, "/api/events", READ_TOKEN, ALLOWED_ORIGIN);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        HttpResponse<String> other = get(readGuarded, "/api/events", READ_TOKEN, "https://evil.example.com");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> unconfigured = get(open, "/api/events", null, ALLOWED_ORIGIN);
        assertThat(unconfigured.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void answersOverTheLimitAre400AskingForASmallerPage() throws Exception {
        HttpResponse<String> big = get(tinyAnswers, "/api/events?limit=1000", null, null);
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(big.body()).contains("larger than the limit of 600 bytes").doesNotContain("items");
        assertThat(get(open, "/api/events?limit=1001", null, null).statusCode()).isEqualTo(400);
    }

    @Test
    void anOversizedRequestLineIsRefusedWithNoData() throws Exception {
        HttpResponse<String> r = get(open, "/api/events?q=" + "x".repeat(20_000), null, null);
        assertThat(r.statusCode()).isIn(414, 431);
        assertThat(r.body()).doesNotContain("items");
    }

    @Test
    void neverLogsATokenGivenRightOrWrong() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            get(readGuarded, "/api/events", READ_TOKEN, null);
            get(readGuarded, "/api/events", READ_TOKEN + "-guess", null);
            get(readGuarded, "/api/events?from=not-a-date", UPLOAD_TOKEN, null);
            get(readGuarded, "/api/nowhere", UPLOAD_TOKEN, null);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(READ_TOKEN).doesNotContain(UPLOAD_TOKEN);
    }

    private static HttpResponse<String> get(ParleyServer server, String path, String token, String origin)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
