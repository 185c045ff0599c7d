package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.eval.Bench;
import org.parley.eval.bench.BenchCorpus;
import org.parley.eval.bench.DuplicateBench;
import org.parley.eval.bench.Resampler;
import org.parley.eval.bench.SyndicatedCrawl;
import org.parley.model.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench duplicates}: how often near-duplicates reuse annotation on a CC-NEWS style
 * crawl built from the demo corpus and the ECB+ development documents (news-please JSON), what it
 * saves, and whether any annotation, finding, story or event differs from annotating every article
 * whole ({@link DuplicateBench}). Last line, for scripts:
 * {@code duplicates: stored=N reusing=N share=X ms_saved_per_reusing=X differing=N}.
 */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"Builds a WARC crawl with syndicated and verbatim copies, ingests it twice (every article",
                "annotated whole, then near-duplicates reusing annotation) and compares the results."})
final class DuplicatesBenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Files or folders of articles (repeatable; default: demo/corpus and <bench>/ecbplus-dev/docs).")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--bench", paramLabel = "DIR", description = "The gold data folder (default: <parley.shared>/bench, else ../shared/bench).")
    Path bench;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "90",
            description = "Originals in the crawl, an evenly spaced sample of the corpus (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--syndicate-every", paramLabel = "K", defaultValue = "3",
            description = "Every K-th original also appears as a partner's syndicated copy (default: ${DEFAULT-VALUE}).")
    int syndicateEvery;

    @Option(names = "--copy-every", paramLabel = "K", defaultValue = "10",
            description = "Every K-th original also appears verbatim under another URL (default: ${DEFAULT-VALUE}).")
    int copyEvery;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Annotation workers (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the crawl and stores go, kept (default: a temporary folder, deleted after).")
    Path work;

    @Override
    public Integer call() throws IOException {
        List<Path> roots = corpus.isEmpty()
                ? List.of(DemoCommand.bundledCorpus(), Bench.locate(Optional.ofNullable(bench)).resolve("ecbplus-dev/docs"))
                : corpus;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                System.err.println("parley bench duplicates: corpus not found: " + root + "; nothing measured");
                return ExitCode.ERROR;
            }
        }
        if (articles < 1 || threads < 1) {
            System.err.println("parley bench duplicates: --articles and --threads must be at least 1");
            return ExitCode.USAGE;
        }
        List<RawArticle> sample = sample(roots);
        boolean temporary = work == null;
        Path workDir = temporary ? Files.createTempDirectory("parley-dup-bench") : work;
        try {
            DuplicateBench.Report r = new DuplicateBench(sample, new SyndicatedCrawl(syndicateEvery, copyEvery), threads,
                    workDir).run(System.err);
            print(r);
            return r.differences().isEmpty() ? ExitCode.OK : ExitCode.ERROR;
        } finally {
            if (temporary) {
                BenchCommand.deleteTree(workDir);
            }
        }
    }

    /** The default corpus: every demo article, then ECB+ documents evenly spaced up to --articles; else the whole of --corpus sampled. */
    private List<RawArticle> sample(List<Path> roots) {
        if (!corpus.isEmpty()) {
            List<RawArticle> all = BenchCorpus.read(roots).articles();
            return all.size() <= articles ? all : Resampler.resample(all, articles);
        }
        List<RawArticle> out = new ArrayList<>(BenchCorpus.read(roots.subList(0, 1)).articles());
        List<RawArticle> rest = BenchCorpus.read(roots.subList(1, roots.size())).articles();
        int wanted = Math.max(0, articles - out.size());
        out.addAll(rest.size() <= wanted ? rest : Resampler.resample(rest, wanted));
        return out.size() <= articles ? out : out.subList(0, articles);
    }

    private void print(DuplicateBench.Report r) {
        System.out.printf(Locale.ROOT, "Crawl: %d records (%d originals, %d syndicated copies, %d verbatim copies), %d threads%n",
                r.written().records(), r.written().originals(), r.written().syndicated(), r.written().verbatim(), threads);
        System.out.printf(Locale.ROOT, "Stored %d articles; %d exact duplicates not stored again (same clean text)%n",
                r.stored(), r.exactDuplicates());
        System.out.printf(Locale.ROOT, "Reusing annotation: %d of %d stored (%.1f%%), %d of their %d sentences reused (%.1f%%)%n",
                r.reusing(), r.stored(), 100 * r.reusingShare(), r.reusedSentences(), r.sentencesOfReusing(),
                r.sentencesOfReusing() == 0 ? 0.0 : 100.0 * r.reusedSentences() / r.sentencesOfReusing());
        System.out.println();
        System.out.println("| run | characters annotated | annotation ms (summed over calls) | wall s (ingest + extraction) |");
        System.out.println("|---|---:|---:|---:|");
        System.out.printf(Locale.ROOT, "| every article annotated whole | %d | %.0f | %.1f |%n", r.fullChars(), r.fullAnnotationMs(), r.fullSeconds());
        System.out.printf(Locale.ROOT, "| near-duplicates reuse | %d | %.0f | %.1f |%n", r.reuseChars(), r.reuseAnnotationMs(), r.reuseSeconds());
        System.out.printf(Locale.ROOT, "Saved: %.0f ms of annotation per reusing article (%.1f%% of the run's annotation)%n",
                r.msSavedPerReusing(), r.fullAnnotationMs() == 0 ? 0.0
                        : 100 * (r.fullAnnotationMs() - r.reuseAnnotationMs()) / r.fullAnnotationMs());
        System.out.printf(Locale.ROOT, "Same results: annotations differing %d, findings differing %d, stories %s (%d), "
                        + "consolidated events %s (%d)%n", r.annotationsDiffering(), r.findingsDiffering(),
                r.storiesEqual() ? "equal" : "DIFFER", r.stories(), r.eventsEqual() ? "equal" : "DIFFER", r.events());
        r.differences().stream().limit(20).forEach(d -> System.out.println("  differs: " + d));
        System.out.printf(Locale.ROOT, "duplicates: stored=%d reusing=%d share=%.3f ms_saved_per_reusing=%.0f differing=%d%n",
                r.stored(), r.reusing(), r.reusingShare(), r.msSavedPerReusing(), r.differences().size());
    }
}
