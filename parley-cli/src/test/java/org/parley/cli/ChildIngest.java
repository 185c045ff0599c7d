package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.ports.ArticleStore;
import org.parley.store.ArticleStores;

/** A {@code parley ingest --no-annotate} run in a child JVM, for tests that kill it or work beside it. */
final class ChildIngest {

    private ChildIngest() {
    }

    /** Writes {@code count} one-line reports {@code report-NNNN.txt} into {@code folder}: "Report number N. " + text. */
    static Path reports(Path folder, int count, String text) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("report-%04d.txt", i)), "Report number " + i + ". " + text + "\n");
        }
        return folder;
    }

    /** Starts {@code parley ingest IN --store STORE --no-annotate}, its output going to {@code log}. */
    static Process start(Path in, String store, Path log) throws IOException {
        return parley(log, "ingest", in.toString(), "--store", store, "--no-annotate");
    }

    /**
     * Starts {@code parley ARGS...} in a child JVM on this test's classpath, its output (both streams)
     * going to {@code log}. The heap is bounded: CoreNLP's models take about 2 GiB.
     */
    static Process parley(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"), ParleyCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the child has stored at least {@code atLeast} articles; returns how many it had. */
    static long waitForArticles(String store, Process child, int atLeast) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && child.isAlive()) {
            if (Files.exists(Path.of(store))) {
                try (ArticleStore articles = ArticleStores.open(store)) {
                    long n = articles.count();
                    if (n >= atLeast) {
                        return n;
                    }
                } catch (RuntimeException e) {
                    // the child may still be creating the schema: try again
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child ingest stored nothing in time or ended early");
    }
}
