package org.parley.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The five seed articles of ../shared/corpus/seeds, annotated once per build (cached in a store
 * under target/), for tests that check the whole engine on real news. Tests using it skip with a
 * message when ../shared is absent.
 */
public final class SeedCorpus {
    private static List<AnnotatedCorpus.Item> items;

    private SeedCorpus() {
    }

    public static Path sharedDir() {
        return Path.of(System.getProperty("parley.shared", "../../shared"));
    }

    /** The annotated seeds, in file-name order (000 ... 004). */
    public static synchronized List<AnnotatedCorpus.Item> load() {
        Path seeds = sharedDir().resolve("corpus/seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/corpus/seeds is absent: skipping the seed checks");
        if (items == null) {
            items = AnnotatedCorpus.of(seeds, Path.of("target", "seed-store"));
        }
        return items;
    }

    /** The seed whose file name starts with {@code prefix} ("000", "003", ...). */
    public static AnnotatedCorpus.Item seed(String prefix) {
        return load().stream().filter(i -> i.doc().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no seed " + prefix));
    }
}
