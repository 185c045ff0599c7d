package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path corpus() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), """
                Mar 26, 2024 / 20:20

                The foreign ministers of the two countries met in the capital today to discuss trade and investment.
                They agreed to meet again next year and to expand exchanges between their universities.
                """);
        Files.writeString(in.resolve("b.txt"), """
                The prime minister received the visiting trade delegation at the government office on Monday.
                Both sides pledged to deepen cooperation in energy, education and climate change response.
                """);
        Files.writeString(in.resolve("c.txt"), """
                Les ministres des affaires étrangères des deux pays se sont rencontrés aujourd'hui dans la capitale
                pour discuter du commerce, de l'investissement et des échanges entre leurs universités.
                """);
        Files.writeString(in.resolve("empty.txt"), "");
        return in;
    }

    @Test
    void ingestReportsEachOutcomeAndArticlesListsThemAsJsonl() throws Exception {
        Path in = corpus();
        String store = tmp.resolve("store").toString();

        CliRun ingest = CliRun.of("ingest", in.toString(), "--store", store, "--no-annotate");
        CliRun again = CliRun.of("ingest", in.toString(), "--store", store, "--no-annotate");
        CliRun list = CliRun.of("articles", "--store", store, "--format", "jsonl");

        assertThat(ingest.exitCode()).as(ingest.err()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(ingest.out()).contains("new 3").contains("skipped 1").contains("failed 1").contains("empty.txt");
        assertThat(again.out()).contains("new 0").contains("duplicate 3");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : list.out().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(3);
        assertThat(lines).extracting(n -> n.get("doc").asText()).containsExactlyInAnyOrder("a.txt", "b.txt", "c.txt");
        JsonNode a = lines.stream().filter(n -> n.get("doc").asText().equals("a.txt")).findFirst().orElseThrow();
        assertThat(a.at("/published/value").asText()).isEqualTo("2024-03-26T20:20");
        assertThat(a.at("/published/source").asText()).isEqualTo("dateline");
        JsonNode c = lines.stream().filter(n -> n.get("doc").asText().equals("c.txt")).findFirst().orElseThrow();
        assertThat(c.get("language").asText()).isEqualTo("fr");
        assertThat(c.get("status").asText()).isEqualTo("skipped_language");
        JsonNode b = lines.stream().filter(n -> n.get("doc").asText().equals("b.txt")).findFirst().orElseThrow();
        assertThat(b.at("/published/precision").asText()).as("no dateline: unknown, never the ingest time").isEqualTo("unknown");
    }

    @Test
    void articleCommandShowsOneArticleByIdPrefixAndFailsClearlyForAnUnknownOne() throws Exception {
        Path in = corpus();
        String store = tmp.resolve("store").toString();
        CliRun.of("ingest", in.toString(), "--store", store, "--no-annotate");
        String id = JSON.readTree(CliRun.of("articles", "--store", store, "--format", "jsonl").out().split("\n")[0])
                .get("id").asText();

        CliRun shown = CliRun.of("article", id.substring(0, 10), "--store", store);
        CliRun unknown = CliRun.of("article", "ffffffffff", "--store", store);

        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).contains(id).contains("--- clean text");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(unknown.err()).contains("no article with id ffffffffff");
    }

    @Test
    void usageErrorsExitWithTwoAndVersionNamesParley() {
        assertThat(CliRun.of("ingest", "--no-such-option", "x").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("--version").out()).startsWith("parley ");
        for (String command : List.of("ingest", "articles", "article", "demo")) {
            assertThat(CliRun.of(command, "--help").out()).as(command).contains("Usage: parley " + command);
        }
    }

    @Test
    void eachExportHasHelpAndAnEmptyStoreExportsEmptyTablesWithAManifest() throws Exception {
        assertThat(CliRun.of("export", "--help").out()).contains("gdelt", "polecat", "parquet");
        for (String format : List.of("gdelt", "polecat", "parquet")) {
            assertThat(CliRun.of("export", format, "--help").out()).as(format).contains("Usage: parley export " + format);
            Path dir = tmp.resolve(format);
            CliRun run = CliRun.of("export", format, dir.toString(), "--store", tmp.resolve("empty-store").toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
            assertThat(manifest.get("format").asText()).isEqualTo(format);
            assertThat(manifest.get("tables")).isNotEmpty().allSatisfy(t -> {
                assertThat(t.get("rows").asInt()).isZero();
                assertThat(dir.resolve(t.get("file").asText())).exists();
            });
        }
    }

    @Test
    void demoRefusesToEmptyAFolderItDidNotMake() throws Exception {
        Path precious = Files.createDirectories(tmp.resolve("precious"));
        Files.writeString(precious.resolve("notes.txt"), "keep me");

        CliRun demo = CliRun.of("demo", "--store", precious.toString(), "--no-annotate");

        assertThat(demo.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(demo.err()).contains("not a demo store");
        assertThat(precious.resolve("notes.txt")).exists();
    }
}
