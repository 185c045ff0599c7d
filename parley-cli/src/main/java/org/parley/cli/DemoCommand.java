package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.core.ingest.IngestSummary;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.EntityMention;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley demo}: ingests the bundled example corpus into a fresh embedded store and shows
 * what came out.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled example corpus (demo/corpus: invented outlets, text, JSONL and HTML) "
                + "into a fresh embedded store and prints what Parley made of it.")
final class DemoCommand implements Callable<Integer> {
    private static final String MARKER = ".parley-demo-store";

    @Option(names = "--store", defaultValue = "parley-demo", paramLabel = "DIR",
            description = "Folder for the demo's own store, emptied first (default: ${DEFAULT-VALUE}).")
    Path storeDir;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus to use instead of the bundled one.")
    Path corpus;

    @Option(names = "--no-annotate", description = "Skip NLP annotation (faster; no entities or time expressions).")
    boolean noAnnotate;

    @Override
    public Integer call() throws IOException {
        Path input = corpus != null ? corpus : bundledCorpus();
        freshStore(storeDir);
        System.out.println("Parley demo: ingesting " + input + " into " + storeDir);
        try (ArticleStore articles = ArticleStores.open(storeDir.toString());
             ProgressListener progress = ProgressListener.forConsole()) {
            IngestSummary summary = new Ingester(articles, Pipeline.stages(!noAnnotate), 2, progress)
                    .ingest(new FileArticleSource(List.of(input.toString()), ReaderOptions.defaults()));
            progress.close();
            System.out.println();
            System.out.println("== Ingest summary");
            System.out.print(summary.describe());
            List<Article> all = articles.articles(0, 10_000);
            System.out.println();
            System.out.println("== Articles (" + all.size() + ")");
            System.out.print(ArticleViews.table(all));
            System.out.println();
            System.out.println("== What the annotator found (people, titles, countries, places, money; dates resolved)");
            for (Article a : all) {
                articles.annotation(a.id()).ifPresent(t -> System.out.println(highlights(a, t)));
            }
            System.out.println("Next: `bin/parley articles --store " + storeDir + " --format jsonl`, "
                    + "`bin/parley article ID --store " + storeDir + "`.");
            return summary.failed().isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
        }
    }

    private static String highlights(Article a, AnnotatedText t) {
        StringBuilder out = new StringBuilder();
        out.append("* ").append(a.doc()).append(" — published ").append(ArticleViews.published(a.published()))
                .append(", ").append(t.sentences().size()).append(" sentences\n");
        for (String type : List.of("PERSON", "TITLE", "COUNTRY", "CITY", "ORGANIZATION", "MONEY")) {
            Set<String> names = t.entities().stream().filter(e -> e.type().equals(type)).map(EntityMention::text)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!names.isEmpty()) {
                out.append("    ").append(String.format("%-13s", type.toLowerCase())).append(String.join("; ", limit(names, 8)))
                        .append('\n');
            }
        }
        Set<String> times = t.times().stream().filter(x -> x.type().equals("DATE") && x.value() != null)
                .map(x -> x.text() + " = " + x.value()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!times.isEmpty()) {
            out.append("    dates        ").append(String.join("; ", limit(times, 6))).append('\n');
        }
        return out.toString();
    }

    private static List<String> limit(Set<String> values, int n) {
        return values.stream().limit(n).toList();
    }

    /** demo/corpus beside bin/parley (parley.home), else found by walking up from the working directory. */
    static Path bundledCorpus() {
        String home = System.getProperty("parley.home");
        if (home != null && Files.isDirectory(Path.of(home, "demo", "corpus"))) {
            return Path.of(home, "demo", "corpus");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("demo/corpus"))) {
                return dir.resolve("demo/corpus");
            }
        }
        throw new IllegalStateException("the bundled demo corpus (demo/corpus) was not found: run bin/parley from the repository");
    }

    /** Empties a folder the demo made before; refuses to touch any other non-empty folder. */
    static void freshStore(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            boolean empty;
            try (Stream<Path> s = Files.list(dir)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !Files.exists(dir.resolve(MARKER))) {
                throw new IllegalStateException(dir + " exists and is not a demo store: choose another --store");
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "made by `parley demo`; emptied by the next demo run\n");
    }
}
