package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

    @Test
    void findsStoredArticlesWithMarkedSnippetsAndFacetCounts(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/harbour-post"));
        Files.writeString(in.resolve("talks.txt"), "Ministers meet in Lima\n\nThe foreign ministers of Chile and Peru "
                + "held talks in Lima on Monday about fisheries and border trade.\n");
        Files.writeString(in.resolve("rain.txt"), "Rain in the capital\n\nHeavy rain closed several roads in the capital "
                + "on Monday, the city said.\n");
        String store = dir.resolve("store").toString();
        assertThat(CliRun.of("ingest", dir.resolve("in").toString(), "--store", store, "--no-annotate").exitCode()).isZero();

        CliRun found = CliRun.of("search", "fisheries", "talk", "--store", store);
        assertThat(found.exitCode()).isZero();
        assertThat(found.out()).contains("[fisheries]").contains("[talks]").contains("1 hits")
                .contains("outlet: harbour-post 1").doesNotContain("Rain in the capital");

        CliRun bad = CliRun.of("search", "lima AND (", "--store", store);
        assertThat(bad.exitCode()).isZero();
        assertThat(bad.out()).contains("searched for the words as written");
    }

    @Test
    void plainSnippetsDecodeHtml() {
        assertThat(SearchCommand.plain("a &lt;b&gt; &amp; <mark>c</mark>")).isEqualTo("a <b> & [c]");
    }
}
