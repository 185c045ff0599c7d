package org.parley.eval.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.IngestSummary;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.Annotator;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.EventCatalog;
import org.parley.engine.Pipeline;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.store.ArticleStores;

/**
 * How often near-duplicates reuse annotation on a crawl, what it saves, and whether it changes any
 * result: writes a {@link SyndicatedCrawl} of a corpus, ingests it twice into fresh stores with the
 * engine's stages and one shared CoreNLP ({@link NlpConfig#defaults()}), once with every article
 * annotated whole and once with reuse, and compares annotations, findings, stories and consolidated
 * events article by article.
 *
 * @param corpus          the articles the crawl is built from
 * @param crawl           how copies are made
 * @param threads         annotation workers
 * @param workDir         where the crawl and the two stores go
 */
public record DuplicateBench(List<RawArticle> corpus, SyndicatedCrawl crawl, int threads, Path workDir) {

    /** The measure. Times are summed over annotation calls (CPU-side, over threads). */
    public record Report(SyndicatedCrawl.Written written, int stored, int exactDuplicates, int annotated,
                         int reusing, long reusedSentences, long sentencesOfReusing, double fullAnnotationMs,
                         double reuseAnnotationMs, double fullSeconds, double reuseSeconds,
                         int annotationsDiffering, int findingsDiffering, boolean storiesEqual, boolean eventsEqual,
                         int stories, int events, long fullChars, long reuseChars, List<String> differences) {

        /** Share of the stored articles whose annotation was (partly) reused. */
        public double reusingShare() {
            return stored == 0 ? 0 : (double) reusing / stored;
        }

        /** Annotation time saved per reusing article. */
        public double msSavedPerReusing() {
            return reusing == 0 ? 0 : (fullAnnotationMs - reuseAnnotationMs) / reusing;
        }
    }

    public DuplicateBench {
        corpus = List.copyOf(corpus);
        Objects.requireNonNull(crawl, "crawl");
        Objects.requireNonNull(workDir, "workDir");
    }

    public Report run(PrintStream progress) throws IOException {
        Files.createDirectories(workDir);
        Path warc = workDir.resolve("syndicated-crawl.warc.gz");
        SyndicatedCrawl.Written written = crawl.write(corpus, warc);
        progress.println("crawl: " + warc + " (" + written + ")");
        progress.println("loading the models (" + NlpConfig.defaults().label() + ") ...");
        CoreNlpAnnotator nlp = new CoreNlpAnnotator(NlpConfig.defaults());
        for (RawArticle raw : corpus.subList(0, Math.min(5, corpus.size()))) {
            nlp.annotate(raw.text(), PublicationDate.UNKNOWN); // warm-up, untimed
        }
        progress.println("ingesting with every article annotated whole ...");
        Run full = ingest(warc, nlp, false, "store-full");
        progress.println("ingesting with near-duplicates reusing annotation ...");
        Run reuse = ingest(warc, nlp, true, "store-reuse");
        return compare(written, full, reuse);
    }

    private record Run(IngestSummary summary, long annotateNanos, long chars, long wallNanos, int reusing, long reusedSentences,
                       long sentencesOfReusing, Path store) {
    }

    private Run ingest(Path warc, Annotator nlp, boolean reuse, String name) {
        Path storeDir = workDir.resolve(name);
        AtomicLong nanos = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        Annotator timed = new Annotator() {
            @Override
            public String name() {
                return nlp.name();
            }

            @Override
            public boolean annotatesLinesApart() {
                return nlp.annotatesLinesApart();
            }

            @Override
            public AnnotatedText annotate(String cleanText, PublicationDate published) {
                long start = System.nanoTime();
                chars.addAndGet(cleanText.length());
                try {
                    return nlp.annotate(cleanText, published);
                } finally {
                    nanos.addAndGet(System.nanoTime() - start);
                }
            }
        };
        Ingester.Stages engine = Pipeline.stages(false);
        Ingester.Stages stages = new Ingester.Stages(engine.cleaner(), engine.dater(), engine.languages(),
                Optional.of(timed), engine.analysed(), Optional.of(Pipeline.findings()));
        AtomicInteger reusing = new AtomicInteger();
        AtomicLong reusedSentences = new AtomicLong();
        AtomicLong sentences = new AtomicLong();
        IngestListener listener = new IngestListener() {
            @Override
            public void annotationReused(String doc, String original, int reused, int total) {
                reusing.incrementAndGet();
                reusedSentences.addAndGet(reused);
                sentences.addAndGet(total);
            }
        };
        long start = System.nanoTime();
        try (ArticleStore store = ArticleStores.open(storeDir.toString())) {
            IngestSummary summary = new Ingester(store, stages, threads, listener).withAnnotationReuse(reuse)
                    .ingest(new FileArticleSource(List.of(warc.toString()), ReaderOptions.defaults()));
            return new Run(summary, nanos.get(), chars.get(), System.nanoTime() - start, reusing.get(), reusedSentences.get(),
                    sentences.get(), storeDir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot ingest into " + storeDir + ": " + e.getMessage(), e);
        }
    }

    private static Report compare(SyndicatedCrawl.Written written, Run full, Run reuse) {
        List<String> differences = new ArrayList<>();
        int annotationsDiffering = 0;
        int findingsDiffering = 0;
        try (ArticleStore a = ArticleStores.open(full.store.toString());
             ArticleStore b = ArticleStores.open(reuse.store.toString())) {
            List<Article> articles = new ArrayList<>();
            a.forEachArticle(articles::add);
            for (Article article : articles) {
                if (!a.annotation(article.id()).equals(b.annotation(article.id()))) {
                    annotationsDiffering++;
                    differences.add("annotation of " + article.doc());
                }
                if (!a.findings(article.id()).equals(b.findings(article.id()))) {
                    findingsDiffering++;
                    differences.add("findings of " + article.doc());
                }
            }
            EventCatalog fullCatalog = new EventCatalog(a);
            EventCatalog reuseCatalog = new EventCatalog(b);
            boolean storiesEqual = fullCatalog.stories().equals(reuseCatalog.stories());
            boolean eventsEqual = fullCatalog.consolidated().equals(reuseCatalog.consolidated());
            return new Report(written, articles.size(), full.summary.duplicates(), full.summary.annotated(),
                    reuse.reusing, reuse.reusedSentences, reuse.sentencesOfReusing, full.annotateNanos / 1e6,
                    reuse.annotateNanos / 1e6, full.wallNanos / 1e9, reuse.wallNanos / 1e9, annotationsDiffering,
                    findingsDiffering, storiesEqual, eventsEqual, fullCatalog.stories().size(),
                    fullCatalog.consolidated().size(), full.chars, reuse.chars, differences);
        } catch (Exception e) {
            throw new IllegalStateException("cannot compare the two stores: " + e.getMessage(), e);
        }
    }
}
