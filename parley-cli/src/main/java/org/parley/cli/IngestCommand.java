package org.parley.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.parley.core.ingest.IngestSummary;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;
import org.parley.engine.StoryAssignment;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.nlp.NlpConfig;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley ingest PATH...}: reads articles into the store and annotates them. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles from files and folders (text, HTML, news-please JSON/JSONL, WARC/WARC.gz) "
                + "into the store, cleans and dates them, and annotates the English ones.",
                "Each bad file or record is reported with the reason; the rest of the batch goes on. "
                        + "Ingesting the same article again changes nothing.",
                "The new articles are then assigned to stories (or start new ones), which the store keeps."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (recursive); '-' reads JSONL from standard input.")
    List<String> paths;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--no-annotate", description = "Store, clean and date only; annotate later with another ingest run.")
    boolean noAnnotate;

    @Mixin
    LeaseOption lease = new LeaseOption();

    @Option(names = "--threads", defaultValue = "2", description = "Annotation threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--timex", paramLabel = "sutime|heideltime|both",
            description = "Time tagger: both (HeidelTime, checked by SUTime; the default), heideltime or sutime."
                    + " The system property parley.timex sets it for every command.")
    String timex;

    @Option(names = "--max-article-mb", defaultValue = "5",
            description = "Largest single article file accepted, in MiB (default: ${DEFAULT-VALUE}).")
    int maxArticleMb;

    @Override
    public Integer call() {
        NlpConfig nlp;
        try {
            nlp = timex == null ? Pipeline.nlpConfig() : Pipeline.nlpConfig().withTagger(NlpConfig.TimeTagger.named(timex));
        } catch (IllegalArgumentException e) {
            System.err.println("parley ingest: " + e.getMessage());
            return ExitCode.USAGE;
        }
        try (ArticleStore articles = ArticleStores.open(store.location());
             ProgressListener progress = ProgressListener.forConsole()) {
            Ingester ingester = new Ingester(articles, Pipeline.stages(!noAnnotate, nlp), threads, progress)
                    .withClaimLease(lease.lease);
            FileArticleSource source = new FileArticleSource(paths, new ReaderOptions(maxArticleMb * 1024L * 1024L));
            IngestSummary summary = ingester.ingest(source);
            progress.close();
            System.out.print(summary.describe());
            if (progress.reused() > 0) {
                System.out.println("  annotation reused for " + progress.reused()
                        + " near-duplicate(s) of articles annotated in this run (identical lines; docs/store.md)");
            }
            source.decodingNotes().forEach(note -> System.out.println("  " + note));
            assignStories(articles);
            System.out.println("store: " + store.location() + " (" + articles.count() + " articles)");
            return summary.failed().isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
        }
    }

    // The new articles join their stories now, so that reading the stories never clusters the store.
    static void assignStories(ArticleStore articles) {
        long start = System.nanoTime();
        StoryAssignment assignment = new StoryAssignment(articles);
        assignment.update();
        if (assignment.lastStep() == StoryAssignment.Step.ASSIGNED || assignment.lastStep() == StoryAssignment.Step.CLUSTERED) {
            System.out.printf(java.util.Locale.ROOT, "stories: %d new article(s) %s in %.1f s%n", assignment.lastArrivals(),
                    assignment.lastStep() == StoryAssignment.Step.ASSIGNED ? "assigned" : "clustered with the store",
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
