package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.core.consolidate.TimelineBuilder;
import org.parley.core.extract.EventFilter;
import org.parley.core.ingest.IngestSummary;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.EventCatalog;
import org.parley.engine.Pipeline;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.model.Article;
import org.parley.model.Event;
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

    @Option(names = "--serve", description = "Then serve the demo store to a browser (as `parley serve`) until Ctrl-C.")
    boolean serve;

    @Option(names = "--port", defaultValue = "7070", description = "Port for --serve (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws IOException {
        int code = demo();
        if (!serve) {
            return code;
        }
        System.out.println();
        return ServeCommand.serve(storeDir.toString(), "127.0.0.1", port, null, 50, !noAnnotate, 10);
    }

    private int demo() throws IOException {
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
            EventCatalog catalog = new EventCatalog(articles);
            List<org.parley.model.Story> stories = catalog.stories();
            System.out.println("== Stories (" + stories.size() + "): the articles, across outlets, that report one real event");
            System.out.print(StoriesCommand.table(stories, stories.stream().mapToInt(s -> s.articles().size()).sum()));
            System.out.println();
            List<Event> events = catalog.events(EventFilter.ALL);
            System.out.println("== Events (" + events.size() + ", one real event once, in date order)");
            System.out.print(EventsCommand.table(events));
            System.out.println();
            System.out.println("== Timeline of the United States and Vietnam (`parley timeline --between USA VNM`)");
            System.out.print(TimelineCommand.table(TimelineBuilder.between(catalog.consolidated(), "USA", "VNM", false)));
            System.out.println();
            System.out.println("== Commitments");
            System.out.print(CommitmentsCommand.table(catalog.commitments()));
            events.stream().filter(e -> !e.conflicts().isEmpty()).findFirst().ifPresent(e -> {
                System.out.println();
                System.out.println("== One event reported by several outlets that disagree (`parley show " + e.id() + "`)");
                System.out.print(ShowCommand.describe(e));
            });
            events.stream().filter(e -> e.date().inferred() && !e.background() && e.date().evidence().size() > 2)
                    .findFirst().ifPresent(e -> {
                        System.out.println();
                        System.out.println("== One event whose year was inferred (`parley show " + e.id() + "`)");
                        System.out.print(ShowCommand.describe(e));
                    });
            LocalDate asOf = newestPublication(all).plusDays(1);
            System.out.println();
            System.out.println("== Relationship of the United States and Vietnam (`parley relations USA VNM --as-of " + asOf
                    + "`, the day after the newest report)");
            System.out.print(RelationCard.text(RelationsCommand.card(articles, catalog.consolidated(), "USA", "VNM", asOf)));
            System.out.println();
            System.out.println("Next: `bin/parley events --store " + storeDir + " --format jsonl|csv`, "
                    + "`bin/parley show EVENT_ID --store " + storeDir + "`, `bin/parley articles --store " + storeDir
                    + "`, `bin/parley article ID --store " + storeDir + "`, `bin/parley relations USA VNM --store " + storeDir
                    + "`, `bin/parley serve --store " + storeDir
                    + "` (or `bin/parley demo --serve`) to explore it in a browser.");
            return summary.failed().isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
        }
    }

    /** The newest publication day among {@code articles} (those with a full date), else today. */
    static LocalDate newestPublication(List<Article> articles) {
        return articles.stream().map(a -> a.published().localDate()).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).orElseGet(LocalDate::now);
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
