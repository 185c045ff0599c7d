package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.store.ArticleStores;
import org.parley.store.JdbcArticleStore;
import org.parley.store.SqliteArticleStore;

/**
 * Real {@code parley ingest} and {@code parley serve} processes (the command line in child JVMs,
 * CoreNLP annotation) writing one SQLite store: each article of the demo corpus is annotated exactly
 * once (the store counts the annotation writes of each article), the processes share the work, a
 * {@code kill -9} of one loses nothing, and the events, stories and commitments are those of one
 * {@code parley ingest} of the same articles, which runs in this JVM first.
 */
class TwoWriterProcessesIT {
    private static final Pattern ANNOTATED = Pattern.compile("; annotated (\\d+), events extracted");
    private static final Pattern SERVING = Pattern.compile("Open (http://\\S+/) ");
    /** A throw-away PostgreSQL database for the PostgreSQL case (its public schema is emptied first). */
    private static final String PG_URL = "PARLEY_TEST_PG_URL";
    private static final List<String> OUTPUTS = List.of("events", "stories", "commitments");

    @TempDir
    static Path shared;
    private static Path corpus;
    private static Map<String, String> oneIngest;
    private static int annotatable;

    @TempDir
    Path tmp;
    private final List<Process> children = new ArrayList<>();

    @BeforeAll
    static void ingestTheCorpusInOneProcess() {
        corpus = DemoCommand.bundledCorpus();
        String store = shared.resolve("one").toString();
        CliRun ingest = CliRun.of("ingest", corpus.toString(), "--store", store);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        oneIngest = outputs(store);
        annotatable = annotatedBy(ingest.out());
        assertThat(annotatable).as("the demo corpus has articles to annotate").isGreaterThan(4);
        assertThat(oneIngest.get("events")).as("the demo corpus has events").isNotBlank();
    }

    @AfterEach
    void stopChildren() throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        }
    }

    @Test
    void twoIngestsShareTheArticlesAnnotateEachOnceAndMatchOneIngest() throws Exception {
        twoIngestsShareTheArticles(tmp.resolve("store").toString());
    }

    @Test
    void twoIngestsOnPostgreSqlShareTheArticlesAnnotateEachOnceAndMatchOneIngest() throws Exception {
        String url = System.getProperty(PG_URL, System.getenv(PG_URL));
        Assumptions.assumeTrue(url != null && !url.isBlank(), PG_URL + " is not set: skipping the PostgreSQL ingests "
                + "(start a server with: export " + PG_URL + "=$(scripts/postgres-test-server.sh start))");
        try (Connection c = DriverManager.getConnection(url); Statement sql = c.createStatement()) {
            sql.execute("DROP SCHEMA public CASCADE");
            sql.execute("CREATE SCHEMA public");
        }
        twoIngestsShareTheArticles(url);
    }

    private void twoIngestsShareTheArticles(String store) throws Exception {
        Process first = start("first.log", "ingest", corpus.toString(), "--store", store);
        Process second = start("second.log", "ingest", corpus.toString(), "--store", store);
        int byFirst = finished(first, "first.log");
        int bySecond = finished(second, "second.log");

        assertThat(byFirst + bySecond).isEqualTo(annotatable);
        assertThat(List.of(byFirst, bySecond)).as("both ingests took part").allMatch(n -> n > 0);
        assertEachArticleAnnotatedOnceAndWhole(store);
        assertThat(outputs(store)).isEqualTo(oneIngest);
    }

    @Test
    void anIngestKilledMidRunLosesNothingAndTheOtherWithARerunFinishesTheWork() throws Exception {
        String store = tmp.resolve("store").toString();

        // A short lease, so that the killed ingest's claims return within the test.
        Process killed = start("killed.log", "ingest", corpus.toString(), "--store", store, "--lease", "10s");
        Process survivor = start("survivor.log", "ingest", corpus.toString(), "--store", store, "--lease", "10s");
        int annotatedAtKill = waitUntilAnnotated(store, killed, 2);
        killed.destroyForcibly().waitFor(1, TimeUnit.MINUTES); // SIGKILL: its claims are never given back
        int bySurvivor = finished(survivor, "survivor.log");
        Thread.sleep(10_500); // the killed ingest's leases end
        CliRun rerun = CliRun.of("ingest", corpus.toString(), "--store", store, "--lease", "10s");

        assertThat(annotatedAtKill).as("killed mid-run").isLessThan(annotatable);
        assertThat(bySurvivor).as("the survivor went on").isPositive();
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertEachArticleAnnotatedOnceAndWhole(store);
        assertThat(outputs(store)).isEqualTo(oneIngest);
    }

    @Test
    void uploadsToServeDuringAnIngestAreAnnotatedOnceAsAreTheIngestsArticles() throws Exception {
        String store = tmp.resolve("store").toString();
        Process serve = start("serve.log", "serve", "--store", store, "--port", "0");
        URI api = URI.create(serving(serve, "serve.log") + "api/articles");
        List<String> folders;
        try (var entries = Files.list(corpus)) {
            folders = entries.filter(f -> !f.getFileName().toString().equals("jsonl")).map(Path::toString).sorted().toList();
        }
        Path uploads = corpus.resolve("jsonl/news-please-sample.jsonl");
        List<String> ingestArgs = new ArrayList<>(folders);
        ingestArgs.addAll(List.of("--store", store));
        ingestArgs.add(0, "ingest");

        Process ingest = start("ingest.log", ingestArgs.toArray(String[]::new));
        ChildIngest.waitForArticles(store, ingest, 1);
        boolean ingestRunning = ingest.isAlive();
        HttpResponse<String> upload = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api)
                .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofFile(uploads)).build(), HttpResponse.BodyHandlers.ofString());
        int byIngest = finished(ingest, "ingest.log");

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        JsonNode uploaded = new ObjectMapper().readTree(upload.body());
        assertThat(ingestRunning).as("the upload came during the ingest").isTrue();
        assertThat(uploaded.get("failed")).isEmpty();
        assertThat(byIngest + uploaded.get("annotated").asInt()).isEqualTo(annotatable);
        assertEachArticleAnnotatedOnceAndWhole(store);
        assertThat(outputs(store).get("events")).isEqualTo(oneIngest.get("events"));
    }

    private Process start(String log, String... args) throws IOException {
        Process child = ChildIngest.parley(tmp.resolve(log), args);
        children.add(child);
        return child;
    }

    /** Waits for a child ingest to end well; gives how many articles it annotated. */
    private int finished(Process ingest, String log) throws Exception {
        assertThat(ingest.waitFor(10, TimeUnit.MINUTES)).as(log + " finished").isTrue();
        String out = Files.readString(tmp.resolve(log));
        assertThat(ingest.exitValue()).as(out).isZero();
        return annotatedBy(out);
    }

    private static int annotatedBy(String ingestOutput) {
        Matcher m = ANNOTATED.matcher(ingestOutput);
        assertThat(m.find()).as("the ingest summary: " + ingestOutput).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Waits until the store holds at least {@code atLeast} annotated articles; gives how many it had. */
    private static int waitUntilAnnotated(String store, Process child, int atLeast) throws InterruptedException {
        // Loading the models alone takes minutes on a busy machine.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline) && child.isAlive()) {
            try (JdbcArticleStore articles = ArticleStores.open(store)) {
                int n = articles.idsWithStatus(ArticleStatus.ANNOTATED).size();
                if (n >= atLeast) {
                    return n;
                }
            } catch (RuntimeException e) {
                // the children may still be creating the schema: try again
            }
            Thread.sleep(250);
        }
        throw new AssertionError("nothing was annotated in time, or the ingest ended early");
    }

    /** The server's address, once {@code parley serve} printed it. */
    private String serving(Process serve, String log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && serve.isAlive()) {
            Matcher m = SERVING.matcher(Files.readString(tmp.resolve(log)));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("parley serve did not start: " + Files.readString(tmp.resolve(log)));
    }

    private void assertEachArticleAnnotatedOnceAndWhole(String store) {
        try (JdbcArticleStore articles = ArticleStores.open(store)) {
            List<ArticleId> annotated = articles.idsWithStatus(ArticleStatus.ANNOTATED);
            assertThat(annotated).hasSize(annotatable);
            assertThat(articles.idsWithStatus(ArticleStatus.STORED)).as("none left pending").isEmpty();
            assertThat(articles.idsWithStatus(ArticleStatus.FAILED)).isEmpty();
            for (ArticleId id : annotated) {
                assertThat(articles.annotationWrites(id)).as("annotation writes of " + id).isEqualTo(1);
            }
        }
        if (!store.startsWith("jdbc:")) {
            try (SqliteArticleStore sqlite = SqliteArticleStore.open(Path.of(store))) {
                assertThat(sqlite.integrityCheck()).containsExactly("ok");
            }
        }
    }

    /**
     * The store's events, stories and commitments as JSONL, each story id replaced by the least event id
     * of the story and the lines sorted: a story's id comes from the article that founded it
     * (docs/stories.md), so writers that annotate in another order found the same stories under other ids.
     */
    private static Map<String, String> outputs(String store) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String what : OUTPUTS) {
            CliRun run = CliRun.of(what, "--store", store, "--format", "jsonl");
            assertThat(run.exitCode()).as(run.err()).isZero();
            out.put(what, run.out());
        }
        Map<String, String> storyNames = new TreeMap<>();
        Matcher event = EVENT_IN_STORY.matcher(out.get("events"));
        while (event.find()) {
            storyNames.merge(event.group(2), "story~" + event.group(1), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        out.replaceAll((what, jsonl) -> jsonl.lines()
                .map(line -> STORY_ID.matcher(line).replaceAll(m -> storyNames.getOrDefault(m.group(), m.group())))
                .sorted().collect(Collectors.joining("\n")));
        return out;
    }

    private static final Pattern EVENT_IN_STORY = Pattern.compile("\\{\"id\":\"(ev-[0-9a-f]+)\",\"story\":\"(story-[0-9a-f]+)\"");
    private static final Pattern STORY_ID = Pattern.compile("story-[0-9a-f]+");
}
