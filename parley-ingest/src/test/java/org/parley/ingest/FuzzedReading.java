package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;

/**
 * The property every fuzz test of the readers holds: reading any bytes gives outcomes that are
 * each a valid article (non-blank text) or a rejection with a reason — never an exception — and
 * allocates no more than a bound. Hangs are bounded by each test's {@code @Timeout} (Jazzer turns
 * it into libFuzzer's per-input {@code -timeout} when fuzzing); it is generous because the first
 * input of a run also pays for loading and instrumenting the readers on a busy machine.
 *
 * <p>Design decision: the memory bound is on bytes allocated by the reading thread (the JVM's
 * per-thread counter), not on the heap's size: it is exact per input, does not depend on when
 * the collector runs, and catches a reader that copies its input over and over.
 */
final class FuzzedReading {

    /** Far above what reading a fuzzer input (a few KiB) should cost; far below a strained heap. */
    static final long MAX_ALLOCATED_BYTES = 256L * 1024 * 1024;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private FuzzedReading() {
    }

    /** Runs {@code reader}, then checks what it gave and what it cost. */
    static List<Outcome<RawArticle>> check(Consumer<Consumer<Outcome<RawArticle>>> reader) {
        List<Outcome<RawArticle>> outcomes = new ArrayList<>();
        long before = THREADS.getCurrentThreadAllocatedBytes();
        reader.accept(outcomes::add);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated reading one input").isLessThan(MAX_ALLOCATED_BYTES);
        for (Outcome<RawArticle> outcome : outcomes) {
            if (outcome instanceof Outcome.Accepted<RawArticle> accepted) {
                assertThat(accepted.value().text()).as("an accepted article's text").isNotBlank();
            } else if (outcome instanceof Outcome.Rejected<RawArticle> rejected) {
                assertThat(rejected.reason()).as("a rejection's reason").isNotBlank();
                assertThat(rejected.origin()).as("a rejection's origin").isNotNull();
            }
        }
        return outcomes;
    }

    /** Writes {@code bytes} to {@code file} (the readers that sniff or stream take files). */
    static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scratch folder for one test class, removed by {@link #delete}. */
    static Path scratch() {
        try {
            return Files.createTempDirectory("parley-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
