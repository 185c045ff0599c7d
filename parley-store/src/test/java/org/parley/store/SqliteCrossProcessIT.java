package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.ArticleId;

/**
 * The embedded store used by several processes: a writer killed with {@code kill -9} leaves a sound
 * store, and a reader process works while a writer process inserts.
 */
class SqliteCrossProcessIT {

    private static final int TOTAL = 3000;

    @TempDir
    Path temp;

    /** A running {@link StoreWriterProcess} and the article numbers it reported committed. */
    private record Writer(Process process, CompletableFuture<List<Integer>> committed) {
        int exitCode() throws InterruptedException {
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("writer finished").isTrue();
            return process.exitValue();
        }
    }

    private Writer startWriter(Path folder, int first, int last, long pauseMillis) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreWriterProcess.class.getName(),
                folder.toString(), Integer.toString(first), Integer.toString(last), Long.toString(pauseMillis))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        CompletableFuture<List<Integer>> committed = CompletableFuture.supplyAsync(() -> {
            List<Integer> numbers = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("stored ")) {
                        numbers.add(Integer.parseInt(line.split(" ")[1]));
                    }
                }
            } catch (IOException e) {
                // the pipe breaks when the process is killed: what was read so far is the answer
            }
            return numbers;
        });
        return new Writer(process, committed);
    }

    @Test
    void aWriterKilledMidWayLeavesEveryCommittedArticleWholeAndARerunCompletesIt() throws Exception {
        Path folder = temp.resolve("store");
        Writer writer = startWriter(folder, 0, TOTAL, 0);
        try (SqliteArticleStore watcher = waitForStore(folder)) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (watcher.count() < TOTAL / 5 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        writer.process().destroyForcibly(); // SIGKILL: no shutdown hooks, no close()
        writer.process().waitFor(1, TimeUnit.MINUTES);
        List<Integer> reported = writer.committed().get(1, TimeUnit.MINUTES);

        try (SqliteArticleStore store = SqliteArticleStore.open(folder)) {
            assertThat(store.integrityCheck()).containsExactly("ok");
            long stored = store.count();
            assertThat(stored).as("killed mid-way").isBetween((long) TOTAL / 5, (long) TOTAL - 1);
            // every commit the writer reported survived the kill (synchronous=NORMAL in WAL mode)
            assertThat(stored).isGreaterThanOrEqualTo(reported.size());
            for (int n : reported) {
                assertThat(store.article(SampleArticles.id(n))).as("article " + n).isPresent();
            }
            int offset = 0;
            for (List<Article> page; !(page = store.articles(offset, 500)).isEmpty(); offset += page.size()) {
                for (Article article : page) {
                    int n = numberOf(article.id());
                    assertThat(article).as("stored article " + n + " is whole").isEqualTo(SampleArticles.numbered(n));
                }
            }
            assertThat(offset).isEqualTo(stored);
        }

        Writer rerun = startWriter(folder, 0, TOTAL, 0);
        assertThat(rerun.exitCode()).isZero();
        assertThat(rerun.committed().get(1, TimeUnit.MINUTES)).hasSize(TOTAL);
        try (SqliteArticleStore store = SqliteArticleStore.open(folder)) {
            assertThat(store.count()).isEqualTo(TOTAL);
            assertThat(store.integrityCheck()).containsExactly("ok");
        }
    }

    @Test
    void aReaderProcessReadsWithoutErrorsWhileAWriterProcessInserts() throws Exception {
        Path folder = temp.resolve("shared");
        int total = 1500;
        Writer writer = startWriter(folder, 0, total, 0);
        List<Long> counts = new ArrayList<>();
        try (SqliteArticleStore reader = waitForStore(folder)) {
            while (writer.process().isAlive()) {
                long count = reader.count(); // any SQLITE_BUSY would surface here as a StoreException
                counts.add(count);
                for (Article article : reader.articles((int) Math.max(0, count - 3), 3)) {
                    assertThat(article).isEqualTo(SampleArticles.numbered(numberOf(article.id())));
                }
            }
            assertThat(writer.exitCode()).isZero();
            assertThat(reader.count()).isEqualTo(total);
        }
        assertThat(counts).isSorted();
        assertThat(counts).as("reads happened while the writer was mid-way").anyMatch(c -> c > 0 && c < total);
    }

    /** Opens the store once the writer process has created it, so the test reads the store the writer made. */
    private static SqliteArticleStore waitForStore(Path folder) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!folder.resolve(SqliteArticleStore.FILE_NAME).toFile().exists() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return SqliteArticleStore.open(folder);
    }

    private static final java.util.Map<ArticleId, Integer> NUMBERS = new java.util.HashMap<>();

    private static synchronized int numberOf(ArticleId id) {
        if (NUMBERS.isEmpty()) {
            for (int n = 0; n < TOTAL; n++) {
                NUMBERS.put(SampleArticles.id(n), n);
            }
        }
        Integer n = NUMBERS.get(id);
        assertThat(n).as("id " + id + " is one the writer writes").isNotNull();
        return n;
    }
}
