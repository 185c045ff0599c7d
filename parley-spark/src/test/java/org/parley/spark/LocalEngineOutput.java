package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.Ingester;
import org.parley.engine.ContractJson;
import org.parley.engine.EventCatalog;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.model.PublicationDate;
import org.parley.model.Story;
import org.parley.store.SqliteArticleStore;

/**
 * What the local engine makes of an input (stories, consolidated events and commitments as the
 * contract prints them), to hold a Spark run's Parquet tables against: the Spark job must give the
 * same records, wherever it ran.
 *
 * @param articles    articles the local engine stored
 * @param stories     one line per story: id, date and its sorted article ids
 * @param events      consolidated events as contract JSON
 * @param commitments commitments as contract JSON
 * @param mentions    mentions over all consolidated events
 * @param seconds     wall-clock seconds of the local ingest (models already loaded)
 */
record LocalEngineOutput(long articles, Set<String> stories, Set<String> events, Set<String> commitments,
                         int mentions, double seconds) {

    /** Ingests {@code input} with the executor's stages (2 worker threads) into a fresh store in {@code storeDir}. */
    static LocalEngineOutput of(Path input, Path storeDir) {
        try (SqliteArticleStore store = SqliteArticleStore.open(storeDir)) {
            Ingester.Stages stages = ExecutorStages.stages();
            // CoreNLP loads on the first annotation: load it before the clock starts
            stages.annotator().ifPresent(a -> a.annotate("The two ministers met in Hanoi on Tuesday.", new PublicationDate.Unknown()));
            long start = System.nanoTime();
            new Ingester(store, stages, 2, new IngestListener() { })
                    .ingest(new FileArticleSource(List.of(input.toString()), ReaderOptions.defaults()));
            EventCatalog local = new EventCatalog(store);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new LocalEngineOutput(store.count(), stories(local), events(local),
                    local.commitments().stream().map(c -> ModelJson.write(ContractJson.commitment(c))).collect(Collectors.toSet()),
                    local.consolidated().stream().mapToInt(e -> e.mentions().size()).sum(), seconds);
        }
    }

    /**
     * Asserts the Spark run's tables under {@code out} hold this output, and that importing them into a
     * fresh store ({@code importDir}) gives the same events and stories again, once.
     */
    void assertSameAsSparkRun(SparkSession spark, String out, Path importDir) {
        assertThat(events).isNotEmpty();
        assertThat(rows(spark, out, "articles")).hasSize((int) articles);
        assertThat(rows(spark, out, "stories").stream().map(LocalEngineOutput::storyRow).collect(Collectors.toSet()))
                .isEqualTo(stories);
        assertThat(column(spark, out, "events", "json")).isEqualTo(events);
        assertThat(column(spark, out, "commitments", "json")).isEqualTo(commitments);
        assertThat(rows(spark, out, "mentions")).hasSize(mentions);

        // the CLI's route: the run imported into a fresh store gives the same events and stories again
        try (SqliteArticleStore imported = SqliteArticleStore.open(importDir)) {
            ParquetImport.Summary summary = ParquetImport.into(imported, Path.of(out));
            assertThat(summary.failed()).isEmpty();
            assertThat(summary.added()).isEqualTo(articles);
            EventCatalog fromSpark = new EventCatalog(imported);
            assertThat(events(fromSpark)).isEqualTo(events);
            assertThat(stories(fromSpark)).isEqualTo(stories);
            assertThat(ParquetImport.into(imported, Path.of(out)).duplicates()).isEqualTo(articles);
        }
    }

    private static Set<String> stories(EventCatalog catalog) {
        return catalog.stories().stream().map(LocalEngineOutput::story).collect(Collectors.toSet());
    }

    private static Set<String> events(EventCatalog catalog) {
        return catalog.consolidated().stream().map(e -> ModelJson.write(ContractJson.event(e))).collect(Collectors.toSet());
    }

    private static String story(Story s) {
        return s.id() + " " + s.date() + " " + new TreeSet<>(s.articles().stream().map(a -> a.value()).toList());
    }

    private static String storyRow(Row r) {
        List<String> articles = r.getList(r.fieldIndex("articles"));
        return r.getString(r.fieldIndex("id")) + " " + r.getString(r.fieldIndex("date")) + " " + new TreeSet<>(articles);
    }

    private static List<Row> rows(SparkSession spark, String out, String table) {
        return spark.read().parquet(out + "/" + table).collectAsList();
    }

    private static Set<String> column(SparkSession spark, String out, String table, String column) {
        return new HashSet<>(rows(spark, out, table).stream().map(r -> r.getString(r.fieldIndex(column))).toList());
    }
}
