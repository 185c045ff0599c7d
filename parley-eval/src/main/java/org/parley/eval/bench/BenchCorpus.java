package org.parley.eval.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.eval.Bench;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;

/**
 * The articles of a benchmark corpus, read once into memory so that the timed stages never wait on
 * the disk. Folders are walked in sorted order; MEANTIME documents ({@link MeantimeReader}) are
 * rebuilt from their tokens, every other file goes through Parley's own readers
 * ({@link FileArticleSource}: news-please JSON, JSONL, HTML, WARC, text).
 *
 * @param articles the articles read, in path order
 * @param problems one line per file or record that could not be read (path and reason)
 * @param nanos    time spent reading and parsing
 */
public record BenchCorpus(List<RawArticle> articles, List<String> problems, long nanos) {

    public BenchCorpus {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** The default corpus: ECB+ dev documents (news-please JSON) and the MEANTIME English texts. */
    public static List<Path> defaultRoots(Bench bench) {
        return List.of(bench.resolve("ecbplus-dev/docs"), bench.resolve("meantime-en/intra-doc_annotation"));
    }

    /** Reads every article under {@code roots} (files or folders). */
    public static BenchCorpus read(List<Path> roots) {
        long start = System.nanoTime();
        List<RawArticle> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        MeantimeReader meantime = new MeantimeReader();
        List<String> others = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new IllegalArgumentException("corpus not found: " + root);
            }
            for (Path file : files(root)) {
                if (MeantimeReader.isMeantime(file)) {
                    collect(meantime.read(file), articles, problems);
                } else {
                    others.add(file.toString());
                }
            }
        }
        if (!others.isEmpty()) {
            new FileArticleSource(others, ReaderOptions.defaults()).forEach(o -> collect(o, articles, problems));
        }
        return new BenchCorpus(articles, problems, System.nanoTime() - start);
    }

    private static void collect(Outcome<RawArticle> outcome, List<RawArticle> articles, List<String> problems) {
        if (outcome instanceof Outcome.Accepted<RawArticle> accepted) {
            articles.add(accepted.value());
        } else if (outcome instanceof Outcome.Rejected<RawArticle> rejected) {
            problems.add(rejected.message());
        }
    }

    private static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }
}
