package org.parley.cli;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.export.GdeltExport;
import org.parley.engine.export.PolecatExport;
import org.parley.store.ArticleStores;

/**
 * The events commands end to end on the bundled demo corpus: ingest (with annotation and the events
 * stage), then events/commitments/timeline/show as a user runs them.
 */
class EventCommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static String store;

    @BeforeAll
    static void ingestTheDemoCorpus() {
        store = tmp.resolve("store").toString();
        CliRun ingest = CliRun.of("ingest", DemoCommand.bundledCorpus().toString(), "--store", store);
        assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
        assertThat(ingest.out()).contains("new 23").contains("events extracted from 22");
    }

    private static List<JsonNode> jsonl(String out) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void eventsAsJsonlCarryTheContractFieldsAndFiltersNarrowThem() throws Exception {
        List<JsonNode> all = jsonl(CliRun.of("events", "--store", store, "--format", "jsonl").out());
        List<JsonNode> calls = jsonl(CliRun.of("events", "--store", store, "--format", "jsonl", "--type", "CONSULT/phone").out());
        List<JsonNode> australia = jsonl(CliRun.of("events", "--store", store, "--format", "jsonl", "--country", "AUS").out());
        List<JsonNode> june = jsonl(CliRun.of("events", "--store", store, "--format", "jsonl",
                "--from", "2024-06-01", "--to", "2024-06-30").out());

        assertThat(all).hasSizeGreaterThan(10);
        for (JsonNode e : all) {
            for (String field : List.of("id", "story", "type", "date", "source", "target", "mentions", "conflicts")) {
                assertThat(e.has(field)).as(e.get("id") + " has " + field).isTrue();
            }
            assertThat(e.get("source")).as(e.get("id").asText()).isNotEmpty();
            assertThat(e.get("target")).as(e.get("id").asText()).isNotEmpty();
            assertThat(e.get("mentions")).isNotEmpty();
        }
        assertThat(calls).isNotEmpty().allSatisfy(e -> assertThat(e.get("mode").asText()).isEqualTo("phone"));
        assertThat(australia).isNotEmpty().allSatisfy(e -> assertThat(e.toString()).contains("\"AUS\""));
        assertThat(june).isNotEmpty().allSatisfy(e -> assertThat(e.at("/date/value").asText()).startsWith("2024-06"));
        assertThat(all).anySatisfy(e -> assertThat(e.get("conflicts")).isNotEmpty());
    }

    @Test
    void theGdeltFormatPrintsOneEventTableRowPerEvent() {
        String gdelt = CliRun.of("events", "--store", store, "--format", "gdelt").out();
        int events = CliRun.of("events", "--store", store, "--format", "jsonl").out().split("\n").length;

        String[] lines = gdelt.split("\n");
        assertThat(lines).hasSize(events);
        assertThat(lines[0].split("\t", -1)).hasSize(61);
    }

    @Test
    void theGdeltExportOfTheDemoFollowsTheCodebookInEveryColumn() throws Exception {
        Path dir = tmp.resolve("gdelt");
        CliRun export = CliRun.of("export", "gdelt", dir.toString(), "--store", store);
        assertThat(export.exitCode()).as(export.err()).isZero();
        int events = CliRun.of("events", "--store", store, "--format", "jsonl").out().split("\n").length;

        List<String> rows = Files.readAllLines(dir.resolve(GdeltExport.EVENTS));
        assertThat(rows).hasSize(events);
        for (String line : rows) {
            String[] row = line.split("\t", -1);
            assertThat(GdeltCodebook.violations(row)).as(line).isEmpty();
        }
        List<String[]> cells = rows.stream().map(l -> l.split("\t", -1)).toList();
        assertThat(cells).as("most events are coded, dated, placed")
                .filteredOn(r -> !GdeltCodebook.cell(r, "GoldsteinScale").isEmpty()
                        && !GdeltCodebook.cell(r, "SQLDATE").isEmpty() && !GdeltCodebook.cell(r, "ActionGeo_Lat").isEmpty())
                .hasSizeGreaterThan(events / 2);
        assertThat(cells).as("every placed event has its country's FIPS code")
                .filteredOn(r -> !GdeltCodebook.cell(r, "ActionGeo_Type").isEmpty()).isNotEmpty()
                .allSatisfy(r -> assertThat(GdeltCodebook.cell(r, "ActionGeo_CountryCode")).matches("[A-Z]{2}"));
        List<String> mentions = Files.readAllLines(dir.resolve(GdeltExport.MENTIONS));
        int mentionCount = 0;
        for (JsonNode e : jsonl(CliRun.of("events", "--store", store, "--format", "jsonl").out())) {
            mentionCount += e.get("mentions").size();
        }
        assertThat(mentions).hasSize(mentionCount)
                .allSatisfy(m -> assertThat(m.split("\t", -1)).hasSize(16));
        JsonNode manifest = JSON.readTree(dir.resolve("manifest.json").toFile());
        assertThat(manifest.at("/tables/0/rows").asInt()).isEqualTo(events);
        assertThat(manifest.at("/tables/1/rows").asInt()).isEqualTo(mentionCount);
    }

    @Test
    void thePolecatExportOfTheDemoValidatesAgainstItsSchema() throws Exception {
        Path dir = tmp.resolve("polecat");
        assertThat(CliRun.of("export", "polecat", dir.toString(), "--store", store).exitCode()).isZero();
        String resource = "/org/parley/engine/export/" + PolecatExport.SCHEMA;
        JsonSchema schema;
        try (InputStream in = PolecatExport.class.getResourceAsStream(resource)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of("classpath:" + resource), JSON.readTree(in));
        }

        List<String> lines = Files.readAllLines(dir.resolve(PolecatExport.FILE));
        assertThat(lines).hasSizeGreaterThan(10);
        for (String line : lines) {
            assertThat(schema.validate(JSON.readTree(line))).as(line).isEmpty();
        }
    }

    @Test
    void theParquetExportReadsBackThroughDuckDbAsEventsJsonlPrintsThem() throws Exception {
        Path dir = tmp.resolve("parquet");
        assertThat(CliRun.of("export", "parquet", dir.toString(), "--store", store).exitCode()).isZero();
        List<JsonNode> events = jsonl(CliRun.of("events", "--store", store, "--format", "jsonl").out());
        int stories = CliRun.of("stories", "--store", store, "--format", "jsonl").out().split("\n").length;

        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            assertThat(count(sql, dir, "events")).isEqualTo(events.size());
            assertThat(count(sql, dir, "stories")).isEqualTo(stories);
            assertThat(count(sql, dir, "articles")).isEqualTo(23);
            assertThat(count(sql, dir, "mentions")).isEqualTo(events.stream().mapToInt(e -> e.get("mentions").size()).sum());
            for (JsonNode expected : List.of(events.get(0), events.get(events.size() / 2), events.get(events.size() - 1))) {
                String id = expected.get("id").asText();
                try (ResultSet row = sql.executeQuery("SELECT type, date, json FROM read_parquet('"
                        + dir.resolve("events.parquet") + "') WHERE id = '" + id + "'")) {
                    assertThat(row.next()).as(id).isTrue();
                    assertThat(row.getString("type")).isEqualTo(expected.get("type").asText());
                    assertThat(JSON.readTree(row.getString("json"))).as(id).isEqualTo(expected);
                }
            }
        }
    }

    private static long count(Statement sql, Path dir, String table) throws Exception {
        try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM read_parquet('" + dir.resolve(table + ".parquet") + "')")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void timelineOfTheDyadIsInDateOrderAndShowExplainsAnEvent() throws Exception {
        List<JsonNode> timeline = jsonl(CliRun.of("timeline", "--between", "USA", "VNM", "--store", store, "--format", "jsonl").out());
        assertThat(timeline).isNotEmpty();
        List<String> dates = timeline.stream().map(e -> e.at("/date/value").asText()).filter(d -> !d.equals("null")).toList();
        assertThat(dates).isSorted();

        String id = timeline.get(0).get("id").asText();
        CliRun show = CliRun.of("show", id, "--store", store);
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains(id).contains("date").contains("evidence");
        assertThat(CliRun.of("show", "ev-0000000000000000", "--store", store).exitCode()).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void theDemosRelationshipCardShowsTheUpgradeAndBothDialogueRoundsLinkedToTheirMeetings() {
        CliRun card = CliRun.of("relations", "USA", "VNM", "--store", store, "--as-of", "2024-10-16");

        assertThat(card.exitCode()).as(card.err()).isZero();
        assertThat(card.out()).contains("Current level: Comprehensive Strategic Partnership since 2023-09-10")
                .containsPattern("#1  2023-10-16  Washington +\\[ev-")
                .containsPattern("#2  2024-10-15  Hanoi +\\[ev-")
                .contains("next expected 2025-10");
    }

    @Test
    void theTimelineTableFoldsActsBeneathTheirMeetingAndTheCsvKeepsOneLinePerRecord() throws Exception {
        List<JsonNode> records = jsonl(CliRun.of("timeline", "--between", "USA", "VNM", "--store", store, "--format", "jsonl").out());
        String folded = CliRun.of("timeline", "--between", "USA", "VNM", "--store", store).out();
        String flat = CliRun.of("timeline", "--between", "USA", "VNM", "--store", store, "--flat").out();
        String csv = CliRun.of("timeline", "--between", "USA", "VNM", "--store", store, "--format", "csv").out();

        long acts = records.stream().filter(e -> !e.get("during").isNull()).count();
        assertThat(acts).as("acts said during a meeting in the demo's USA-VNM timeline").isPositive();
        assertThat(folded.lines().filter(l -> l.contains("└ ")).count()).isEqualTo(acts);
        assertThat(folded).contains((records.size() - acts) + " rows, " + records.size() + " events");
        assertThat(flat).doesNotContain("└").contains(records.size() + " events");
        List<String> csvLines = csv.lines().skip(1).toList();
        assertThat(csvLines).hasSize(records.size());
        java.util.Set<String> ids = new java.util.HashSet<>();
        records.forEach(e -> ids.add(e.get("id").asText()));
        assertThat(csvLines).filteredOn(l -> !l.endsWith(",")).hasSize((int) acts)
                .allSatisfy(l -> assertThat(ids).contains(l.substring(l.lastIndexOf(',') + 1)));
    }

    @Test
    void showOfAnEventIdRetiredByAMergeNamesTheEventItBecame() throws Exception {
        String id = jsonl(CliRun.of("events", "--store", store, "--format", "jsonl").out()).get(0).get("id").asText();
        try (ArticleStore articles = ArticleStores.open(store)) {
            articles.retireIds(ArticleStore.IdKind.EVENT, java.util.Map.of("ev-merged0000000001", id));
        }

        CliRun show = CliRun.of("show", "ev-merged0000000001", "--store", store);

        assertThat(show.exitCode()).isZero();
        assertThat(show.err()).contains("ev-merged0000000001 was merged into " + id);
        assertThat(show.out()).contains(id);
    }

    @Test
    void commitmentsListThePledgeWithItsAmount() throws Exception {
        List<JsonNode> commitments = jsonl(CliRun.of("commitments", "--store", store, "--format", "jsonl").out());
        assertThat(commitments).anySatisfy(c -> {
            assertThat(c.get("kind").asText()).isEqualTo("pledge");
            assertThat(c.at("/amount/value").decimalValue()).isEqualByComparingTo("120000000");
            assertThat(c.at("/amount/currency").asText()).isEqualTo("USD");
        });
    }
}
