package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Spark job in local mode gives the local engine's stories, consolidated events and
 * commitments on the same input, and counts corrupt records without failing. One SparkSession and
 * one NLP pipeline for the whole class (models load once per JVM).
 */
class ParleyJobIT {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = LocalSparkRun.session(2);
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void demoCorpusGivesTheLocalEnginesStoriesEventsAndCommitments() {
        Path demo = Path.of(System.getProperty("user.dir")).resolveSibling("demo").resolve("corpus");
        Assumptions.assumeTrue(Files.isDirectory(demo), demo + " absent: skipping");
        assertSameAsLocalEngine(demo, 10);
    }

    @Test
    void seedsGiveTheLocalEnginesStoriesEventsAndCommitments() {
        Path seeds = Path.of(System.getProperty("parley.shared", "../../shared"), "corpus", "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), seeds + " absent: skipping");
        assertSameAsLocalEngine(seeds, 5);
    }

    @Test
    void labelPropagationLabelsEachComponentWithItsSmallestNode() {
        var sc = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext());
        var nodes = sc.parallelize(List.of("a", "b", "c", "d", "e", "f", "g", "h"));
        // a chain (e-d-c-b-a, longest path 4 rounds), a pair, and a node alone
        var edges = sc.parallelizePairs(List.of(new scala.Tuple2<>("e", "d"), new scala.Tuple2<>("d", "c"),
                new scala.Tuple2<>("c", "b"), new scala.Tuple2<>("b", "a"), new scala.Tuple2<>("h", "f")));

        java.util.Map<String, String> labels = ConnectedComponents.of(nodes, edges).collectAsMap();

        assertThat(new java.util.TreeMap<>(labels)).containsExactlyEntriesOf(new java.util.TreeMap<>(java.util.Map.of(
                "a", "a", "b", "a", "c", "a", "d", "a", "e", "a", "f", "f", "g", "g", "h", "f")));
    }

    @Test
    void countsCorruptRecordsAndProcessesTheRest() throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("talks.txt"), article("Hanoi", "Tuesday, 4 June 2024"));
        Files.writeString(input.resolve("feed.jsonl"), "{\"title\": \"Ministers meet\", \"maintext\": "
                + quote(article("Jakarta", "Monday, 3 June 2024")) + ", \"url\": \"https://news.example.org/jakarta\"}\n"
                + "{\"title\": \"broken\", \"maintext\": \"no closing\n");
        Path warc = input.resolve("crawl.warc");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.NONE)) {
            writer.write(page("https://news.example.org/manila", article("Manila", "Wednesday, 5 June 2024")));
            writer.write(page("https://news.example.org/seoul", article("Seoul", "Thursday, 6 June 2024")));
        }
        long size = Files.size(warc);
        try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.WRITE)) {
            channel.truncate(size - 200); // the second record is cut short
        }

        ParleyJob.Result result = ParleyJob.run(spark, List.of(input.toString()), dir.resolve("out").toString(), 0,
                Instant.parse("2024-06-07T00:00:00Z"));

        assertThat(result.corrupt()).isEqualTo(2);
        assertThat(result.articles()).isEqualTo(3);
        List<Row> errors = spark.read().parquet(dir.resolve("out/errors").toString()).collectAsList();
        assertThat(errors).extracting(r -> r.getString(r.fieldIndex("problem")))
                .anyMatch(p -> p.startsWith("truncated WARC"))
                .anyMatch(p -> p.toLowerCase().contains("json"));
        assertThat(errors).extracting(r -> r.getString(r.fieldIndex("path")))
                .allMatch(p -> p.endsWith("crawl.warc") || p.endsWith("feed.jsonl"));
        Set<String> docs = spark.read().parquet(dir.resolve("out/articles").toString()).collectAsList().stream()
                .map(r -> r.getString(r.fieldIndex("doc"))).collect(Collectors.toSet());
        assertThat(docs).containsExactlyInAnyOrder("talks.txt", "https://news.example.org/jakarta",
                "https://news.example.org/manila");
    }

    private void assertSameAsLocalEngine(Path input, int minArticles) {
        // the executor's stages: this JVM loads the NLP models once for both engines
        LocalEngineOutput local = LocalEngineOutput.of(input, dir.resolve("store"));
        String out = dir.resolve("out").toString();
        long sparkStart = System.nanoTime();
        ParleyJob.Result result = ParleyJob.run(spark, List.of(input.toAbsolutePath().toString()), out, 0, Instant.now());
        System.out.printf("%s: %d articles; local engine %.1f s (models loaded), Spark local[2] %.1f s%n", input,
                result.articles(), local.seconds(), (System.nanoTime() - sparkStart) / 1e9);

        assertThat(result.articles()).isEqualTo(local.articles()).isGreaterThanOrEqualTo(minArticles);
        assertThat(result.corrupt()).isZero();
        local.assertSameAsSparkRun(spark, out, dir.resolve("imported"));
    }

    private static String article(String city, String day) {
        return city.toUpperCase() + ", " + day + " - The foreign ministers of two neighbouring states met in " + city
                + " on " + day.substring(0, day.indexOf(',')) + " to discuss fishing rights, river water and a new "
                + "railway line, officials said after the talks.\n\nBoth ministers said the meeting had been useful and "
                + "agreed to set up a working group on the railway that will report before the end of the year.\n\n"
                + "The ministers also spoke about trade, which grew by a fifth last year, and about visas for students.\n";
    }

    private static WarcResponse page(String url, String text) throws IOException {
        String html = "<html lang=\"en\"><head><title>Talks</title></head><body><article>"
                + text.lines().filter(l -> !l.isBlank()).map(l -> "<p>" + l + "</p>").collect(Collectors.joining())
                + "</article></body></html>";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-06-07T08:00:00Z")).body(http).build();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
