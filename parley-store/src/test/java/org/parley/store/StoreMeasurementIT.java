package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.sqlite.SQLiteConfig;

/**
 * Prints insert throughput and lookup latency; asserts only that the work was done, never a time.
 * Run on demand: {@code mvn -pl parley-store -am verify -Dit.test=StoreMeasurementIT -Dparley.measure=true
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}
 * (with {@code PARLEY_TEST_PG_URL} set to measure PostgreSQL too).
 */
@EnabledIfSystemProperty(named = "parley.measure", matches = "true")
class StoreMeasurementIT {

    private static final int ARTICLES = 5000;
    private static final int BATCH = 500;
    private static final int LOOKUPS = 20_000;

    @TempDir
    Path temp;

    @Test
    void sqliteNormalSync() {
        measure("SQLite synchronous=NORMAL", () -> SqliteArticleStore.open(temp.resolve("n" + System.nanoTime()),
                SQLiteConfig.SynchronousMode.NORMAL));
    }

    @Test
    void sqliteFullSync() {
        measure("SQLite synchronous=FULL", () -> SqliteArticleStore.open(temp.resolve("f" + System.nanoTime()),
                SQLiteConfig.SynchronousMode.FULL));
    }

    @Test
    void postgres() throws Exception {
        String url = PostgresArticleStoreIT.url();
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null, "PARLEY_TEST_PG_URL not set: skipping");
        measure("PostgreSQL (test server, fsync off)", () -> {
            try (var c = java.sql.DriverManager.getConnection(url); var sql = c.createStatement()) {
                sql.execute("DROP TABLE IF EXISTS story_evidence, story_state, stories, retired_ids, story_ids, event_ids, findings, annotations, article_markup, articles, schema_version CASCADE");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return PostgresArticleStore.open(url);
        });
    }

    private static boolean warm;

    private void measure(String name, Supplier<JdbcArticleStore> open) {
        if (!warm) { // let the JIT compile the store and JSON code before the first timed run
            warm = true;
            try (JdbcArticleStore store = SqliteArticleStore.open(temp.resolve("warm-up"))) {
                for (int n = 0; n < 1000; n++) {
                    store.put(SampleArticles.full(100_000 + n, "https://example-news.test/w/" + n, SampleArticles.dayOnly()));
                    store.article(SampleArticles.id(100_000 + n));
                }
            }
        }
        List<Article> articles = IntStream.range(0, ARTICLES)
                .mapToObj(n -> SampleArticles.full(n, "https://example-news.test/m/" + n, SampleArticles.dayOnly()))
                .toList();
        try (JdbcArticleStore store = open.get()) {
            long t0 = System.nanoTime();
            for (Article a : articles.subList(0, ARTICLES / 2)) {
                store.put(a);
            }
            double oneByOne = perSecond(ARTICLES / 2, System.nanoTime() - t0);
            t0 = System.nanoTime();
            for (int i = ARTICLES / 2; i < ARTICLES; i += BATCH) {
                store.putAll(articles.subList(i, Math.min(ARTICLES, i + BATCH)));
            }
            double batched = perSecond(ARTICLES / 2, System.nanoTime() - t0);
            assertThat(store.count()).isEqualTo(ARTICLES);

            Random random = new Random(42);
            long[] byId = new long[LOOKUPS];
            long[] byUrl = new long[LOOKUPS];
            for (int i = 0; i < LOOKUPS; i++) {
                int n = random.nextInt(ARTICLES);
                long s = System.nanoTime();
                assertThat(store.article(SampleArticles.id(n))).isPresent();
                byId[i] = System.nanoTime() - s;
                s = System.nanoTime();
                assertThat(store.versions("https://example-news.test/m/" + n)).hasSize(1);
                byUrl[i] = System.nanoTime() - s;
            }
            System.out.printf("%s: %d articles (~%d KB each incl. markup)%n  put one by one: %.0f articles/s%n"
                            + "  putAll(%d):     %.0f articles/s%n  article(id):    %s%n  versions(url):  %s%n",
                    name, ARTICLES, articles.get(0).raw().text().length() * 2 / 1024, oneByOne, BATCH, batched,
                    latency(byId), latency(byUrl));
        }
    }

    private static double perSecond(int n, long nanos) {
        return n / (nanos / 1e9);
    }

    private static String latency(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        List<String> parts = new ArrayList<>();
        parts.add(String.format("median %.0f µs", sorted[sorted.length / 2] / 1e3));
        parts.add(String.format("p99 %.0f µs", sorted[(int) (sorted.length * 0.99)] / 1e3));
        return String.join(", ", parts) + " (warm, full article with markup)";
    }
}
