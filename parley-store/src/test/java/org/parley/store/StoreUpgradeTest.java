package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.extract.FindingsExtractor;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleStore.IdKind;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.OffsetMap;
import org.parley.model.PublicationDate;

/**
 * A store made by the code of every released schema version ({@code upgrades/v<n>/parley.db}, see the
 * README there) opens, migrates to the current schema, keeps its articles, annotation, findings and
 * stable ids, and has its findings recomputed by an extractor of another version.
 */
class StoreUpgradeTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "a store of schema V{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void migratesAndKeepsItsDataAndRecomputesFindings(int version) throws IOException {
        Path folder = copyOfFixture(version);

        try (SqliteArticleStore store = SqliteArticleStore.open(folder)) {
            assertThat(schemaVersion(store)).isEqualTo(JdbcArticleStore.schemaVersion());
            assertThat(store.integrityCheck()).containsExactly("ok");
            assertThat(store.articles(0, 10)).containsExactly(
                    SampleArticles.numbered(1).withStatus(ArticleStatus.ANNOTATED, null), SampleArticles.numbered(2));
            assertThat(store.annotation(SampleArticles.id(1))).contains(SampleArticles.annotation("fixture-annotator-v" + version));
            assertThat(store.annotationWrites(SampleArticles.id(1))).isEqualTo(1);
            if (version >= 2) {
                assertThat(store.findings(SampleArticles.id(1))).isPresent();
            }
            if (version >= 3) {
                assertThat(store.stableIds(IdKind.STORY)).containsEntry("story-fixture0" + version,
                        Set.of(SampleArticles.id(1).value()));
            }
            assertThat(store.idsNeedingFindings("current-extractor")).containsExactly(SampleArticles.id(1));

            List<String> failures = new ArrayList<>();
            int recomputed = new Ingester(store, stagesExtractingWith("current-extractor"), 1, IngestListener.SILENT)
                    .extractPending(failures);

            assertThat(failures).isEmpty();
            assertThat(recomputed).isEqualTo(1);
            assertThat(store.idsNeedingFindings("current-extractor")).isEmpty();
            assertThat(store.annotationClaims("after-upgrade", Duration.ofMinutes(1)).orElseThrow().claimNext())
                    .as("the pending article can be claimed").contains(SampleArticles.id(2));
        }
    }

    private Path copyOfFixture(int version) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("v" + version));
        try (InputStream in = StoreUpgradeTest.class.getResourceAsStream("upgrades/v" + version + "/" + SqliteArticleStore.FILE_NAME)) {
            assertThat(in).as("fixture store of schema V" + version).isNotNull();
            Files.copy(in, folder.resolve(SqliteArticleStore.FILE_NAME));
        }
        return folder;
    }

    private static int schemaVersion(SqliteArticleStore store) {
        return store.read("read the schema version", c -> {
            try (var sql = c.createStatement(); var rs = sql.executeQuery("SELECT MAX(version) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static Ingester.Stages stagesExtractingWith(String name) {
        FindingsExtractor extractor = new FindingsExtractor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ArticleFindings extract(Article article, AnnotatedText text) {
                return new ArticleFindings(article.id(), List.of(), List.of());
            }
        };
        return new Ingester.Stages(text -> new CleanText(text, List.of(), List.of(), OffsetMap.identity(text.length())),
                raw -> PublicationDate.UNKNOWN, text -> "en", Optional.empty(), Set.of("en"), Optional.of(extractor));
    }
}
