package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

/** Reads the real news-please JSON files of the ECB+ development topics in ../shared. */
class EcbPlusNewsPleaseIT {

    @Test
    void everyEcbPlusFileYieldsAnAcceptedArticleWithText() throws IOException {
        Path docs = Path.of(System.getProperty("parley.shared", "../shared"), "bench", "ecbplus-dev", "docs");
        Assumptions.assumeTrue(Files.isDirectory(docs), docs + " absent: skipping");
        long files;
        try (Stream<Path> walk = Files.walk(docs)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).count();
        }

        long start = System.nanoTime();
        Reading reading = Reading.of(docs.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(reading.messages()).isEmpty();
        assertThat(reading.accepted()).hasSize((int) files).hasSizeGreaterThan(700);
        assertThat(reading.accepted()).allSatisfy(article -> {
            assertThat(article.format()).isEqualTo(SourceFormat.JSON);
            assertThat(article.text()).isNotBlank();
            assertThat(article.origin().doc()).endsWith(".json");
            assertThat(article.declaredLanguage()).isEqualTo("en");
        });
        long headlineOnly = reading.accepted().stream().filter(a -> a.text().equals(a.title())).count();
        long dated = reading.accepted().stream().map(RawArticle::publishedMetadata).filter(d -> d != null).count();
        System.out.printf(Locale.ROOT, "ECB+ dev: %d files, %d articles (%d headline-only, %d with a date) in %d ms%n",
                files, reading.accepted().size(), headlineOnly, dated, millis);
    }
}
