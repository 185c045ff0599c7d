package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.core.ports.ArticleStore;
import org.parley.core.ports.ArticleStore.StoryUpdate;
import org.parley.model.ArticleStatus;
import org.parley.model.Story;

/**
 * Writer processes annotating one store ({@link AnnotatingWriterProcess}, real JVMs): each
 * article is annotated exactly once, counted by the store's annotation writes, also when one writer
 * is killed with {@code kill -9} mid-run; and two writers saving stories on one basis at once. One
 * subclass per database.
 */
abstract class TwoWritersContract {

    private static final int ARTICLES = 48;
    private static final long ANNOTATE_MILLIS = 150;
    private static final long LEASE_MILLIS = 2000;
    private static final int ROUNDS = 30;

    /** An empty store location (a folder or a JDBC URL) for this test; skips the test when there is none. */
    abstract String emptyLocation() throws Exception;

    /** How many writer processes share the store in the first test. */
    abstract int writers();

    /** A started writer: its process and the lines it printed, complete once it exits. */
    private record Writer(Process process, CompletableFuture<List<String>> lines) {
        int annotated() throws Exception {
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("writer finished").isTrue();
            assertThat(process.exitValue()).isZero();
            List<String> out = lines.get(1, TimeUnit.MINUTES);
            assertThat(out).as("no failures").noneMatch(line -> line.startsWith("failure"));
            return out.stream().filter(line -> line.startsWith("annotated "))
                    .mapToInt(line -> Integer.parseInt(line.substring("annotated ".length()))).sum();
        }
    }

    @Test
    void writerProcessesShareTheWorkAndAnnotateEachArticleOnce() throws Exception {
        String location = storeWithPendingArticles();

        List<Writer> writers = startTogether(location, writers());

        List<Integer> annotated = new ArrayList<>();
        for (Writer writer : writers) {
            annotated.add(writer.annotated());
        }
        assertThat(annotated.stream().mapToInt(Integer::intValue).sum()).isEqualTo(ARTICLES);
        assertThat(annotated).as("every writer took part").allMatch(n -> n > 0);
        assertEachArticleAnnotatedOnce(location);
    }

    @Test
    void aWriterKilledMidRunLosesNothingAndARerunFinishesWithoutAnnotatingTwice() throws Exception {
        String location = storeWithPendingArticles();
        List<Writer> writers = startTogether(location, 2);
        int annotatedAtKill;
        try (JdbcArticleStore watcher = ArticleStores.open(location)) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (watcher.idsWithStatus(ArticleStatus.ANNOTATED).size() < ARTICLES / 4 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            writers.get(0).process().destroyForcibly(); // SIGKILL: its claims are never given back
            writers.get(0).process().waitFor(1, TimeUnit.MINUTES);
            annotatedAtKill = watcher.idsWithStatus(ArticleStatus.ANNOTATED).size();
        }
        int survivor = writers.get(1).annotated();
        Thread.sleep(LEASE_MILLIS + 500); // the killed writer's leases end
        startTogether(location, 1).get(0).annotated();

        assertThat(annotatedAtKill).as("killed mid-run").isLessThan(ARTICLES);
        assertThat(survivor).as("the survivor went on").isPositive();
        assertEachArticleAnnotatedOnce(location);
    }

    @Test
    void storySavesOnOneBasisAtOnceLetOneWinAndRefuseTheOther() throws Exception {
        String location = storeWithPendingArticles();
        List<Story> stories = IntStream.range(0, ARTICLES)
                .mapToObj(n -> new Story(String.format("story-%08x", n), "Story " + n, null, List.of(SampleArticles.id(n)), List.of(n + ".txt")))
                .toList();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (JdbcArticleStore first = ArticleStores.open(location); JdbcArticleStore second = ArticleStores.open(location)) {
            String mark = null;
            for (int round = 0; round < ROUNDS; round++) {
                String basis = mark;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Boolean>> saves = new ArrayList<>();
                for (JdbcArticleStore store : List.of(first, second)) {
                    String next = "round-" + round + "-" + saves.size();
                    saves.add(threads.submit(() -> {
                        together.await();
                        // Both steps add the same stories, as two writers that saw one basis would.
                        return store.saveStories(new StoryUpdate(true, Set.of(), stories, Map.of(), List.of(), next, basis));
                    }));
                }
                List<Boolean> won = new ArrayList<>();
                for (Future<Boolean> save : saves) {
                    won.add(save.get(1, TimeUnit.MINUTES)); // a lost race throws here
                }
                assertThat(won).as("round " + round).containsExactlyInAnyOrder(true, false);
                mark = "round-" + round + "-" + won.indexOf(true);
                assertThat(first.savedStories()).get().extracting(ArticleStore.SavedStories::mark).isEqualTo(mark);
            }
            assertThat(second.savedStories().orElseThrow().stories()).hasSize(ARTICLES);
        } finally {
            threads.shutdownNow();
        }
    }

    private String storeWithPendingArticles() throws Exception {
        String location = emptyLocation();
        try (JdbcArticleStore store = ArticleStores.open(location)) {
            store.putAll(IntStream.range(0, ARTICLES).mapToObj(SampleArticles::numbered).toList());
        }
        return location;
    }

    private static void assertEachArticleAnnotatedOnce(String location) {
        try (JdbcArticleStore store = ArticleStores.open(location)) {
            assertThat(store.idsWithStatus(ArticleStatus.ANNOTATED)).hasSize(ARTICLES);
            for (int n = 0; n < ARTICLES; n++) {
                assertThat(store.annotationWrites(SampleArticles.id(n))).as("annotation writes of article " + n)
                        .isEqualTo(1);
            }
        }
    }

    /** Starts {@code count} writers, waits until each has opened the store, then lets them all go at once. */
    private static List<Writer> startTogether(String location, int count) throws Exception {
        List<Writer> writers = new ArrayList<>();
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), AnnotatingWriterProcess.class.getName(), location,
                    Long.toString(ANNOTATE_MILLIS), Long.toString(LEASE_MILLIS), "2")
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            CompletableFuture<Void> opened = new CompletableFuture<>();
            ready.add(opened);
            writers.add(new Writer(process, CompletableFuture.supplyAsync(() -> readLines(process, opened))));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        for (Writer writer : writers) {
            OutputStream in = writer.process().getOutputStream();
            in.write("go\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        }
        return writers;
    }

    private static List<String> readLines(Process process, CompletableFuture<Void> opened) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.equals("ready")) {
                    opened.complete(null);
                }
                lines.add(line);
            }
        } catch (IOException e) {
            // the pipe breaks when the process is killed: what was read so far is the answer
        }
        opened.complete(null); // a writer that died before it was ready fails its own assertions
        return lines;
    }
}
