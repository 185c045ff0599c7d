package org.parley.eval.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.extract.FindingsExtractor;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.IngestSummary;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.Annotator;
import org.parley.core.ports.ArticleSource;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.EventCatalog;
import org.parley.engine.Pipeline;
import org.parley.eval.AnnotatedCorpus;
import org.parley.eval.ecb.CorpusEvidence;
import org.parley.eval.ecb.StoryScalingBench;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.store.ArticleStores;

/**
 * Parley's side of the bench: the engine's own {@link Ingester} with the stages of {@link Pipeline}
 * (clean, date, language, CoreNLP as {@link NlpConfig#defaults()}, events extraction) into a fresh
 * SQLite store, then stories and consolidated events ({@link EventCatalog}); every stage and every
 * store call is timed. Warmed up first through the same code on the bench's threads: the first
 * articles ingested into a throwaway store, their stories and consolidated events made.
 */
final class ParleyBench {

    /** The timed run, and what the growth runs resample: its findings and story evidence. */
    record Done(PipelineRun run, List<ArticleFindings> findings, List<StoryEvidence> evidence) {
    }

    private final PipelineBench.Settings settings;
    private final PrintStream progress;

    ParleyBench(PipelineBench.Settings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    Done run(BenchArticles prepared) {
        List<RawArticle> articles = prepared.articles();
        List<RawArticle> warmup = prepared.warmup(settings.warmup());
        StageTimes times = new StageTimes();
        // reading happens before the timed run (all in memory); its cost per article joins the stage table
        times.add(PipelineBench.READ, prepared.readNanos());
        progress.println("Parley: loading the models (" + NlpConfig.defaults().label() + ") ...");
        long loadStart = System.nanoTime();
        CoreNlpAnnotator nlp = new CoreNlpAnnotator(NlpConfig.defaults());
        FindingsExtractor extractor = Pipeline.findings();
        Ingester.Stages engine = Pipeline.stages(false);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        progress.println("Parley: warming up on " + warmup.size() + " articles (the whole pipeline, "
                + settings.threads() + " threads, a throwaway store) ...");
        try (ArticleStore scratch = ArticleStores.open(settings.workDir().resolve("parley-warmup").toString())) {
            // the same code paths as the timed run (store, JSON, stories), so their first use is not timed
            new Ingester(scratch, new Ingester.Stages(engine.cleaner(), engine.dater(), engine.languages(),
                    Optional.of(nlp), engine.analysed(), Optional.of(extractor)), settings.threads(), IngestListener.SILENT)
                    .ingest(source(warmup));
            EventCatalog catalog = new EventCatalog(scratch);
            catalog.stories();
            catalog.consolidated();
        }
        nlp.resetStageTimes();
        long modelsMb = Jvm.liveHeapMb();

        Path storeDir = settings.workDir().resolve("parley-store");
        progress.println("Parley: " + articles.size() + " articles on " + settings.threads() + " threads into " + storeDir + " ...");
        AtomicLong tokens = new AtomicLong();
        Ingester.Stages timed = new Ingester.Stages(
                text -> times.time(PipelineBench.CLEAN, () -> engine.cleaner().apply(text)),
                raw -> times.time(PipelineBench.DATE, () -> engine.dater().apply(raw)),
                text -> times.time(PipelineBench.LANGUAGE, () -> engine.languages().detect(text)),
                Optional.of(new TimedAnnotator(nlp, times, tokens)), engine.analysed(),
                Optional.of(new TimedExtractor(extractor, times)));
        List<String> failures = new ArrayList<>();
        List<ArticleFindings> findings = new ArrayList<>();
        List<StoryEvidence> evidence;
        BenchReport.Run run;
        try (ArticleStore store = ArticleStores.open(storeDir.toString());
             HeapWatch heap = new HeapWatch()) {
            ArticleStore timedStore = new TimedStore(store, times);
            long cpuStart = Jvm.processCpuNanos();
            JvmThreadsCpu jvmStart = JvmThreadsCpu.now();
            long start = System.nanoTime();
            IngestSummary summary = new Ingester(timedStore, timed, settings.threads(), IngestListener.SILENT)
                    .ingest(source(articles));
            EventCatalog catalog = new EventCatalog(store);
            times.run(PipelineBench.STORIES, catalog::stories);
            times.run(PipelineBench.CONSOLIDATE, catalog::consolidated);
            long nanos = System.nanoTime() - start;
            long cpu = Jvm.processCpuNanos() - cpuStart;
            JvmThreadsCpu jvm = JvmThreadsCpu.now().since(jvmStart);
            double read = times.nanos(PipelineBench.READ) / 1e9;
            run = new BenchReport.Run(articles.size(), loadSeconds, nanos / 1e9 + read, cpu / 1e9 + read, tokens.get(),
                    modelsMb, heap.peakUsedMb(), heap.peakLiveMb(), jvm);
            failures.addAll(summary.failed());
            List<AnnotatedCorpus.Item> items = new ArrayList<>();
            for (int offset = 0; ; offset += 500) {
                List<Article> page = store.articles(offset, 500);
                for (Article a : page) {
                    store.annotation(a.id()).ifPresent(t -> items.add(new AnnotatedCorpus.Item(a, t)));
                    store.findings(a.id()).ifPresent(findings::add);
                }
                if (page.size() < 500) {
                    break;
                }
            }
            evidence = settings.storeSizes().isEmpty() ? List.of() : CorpusEvidence.of(items);
        }
        Map<String, Long> nlpSteps = new LinkedHashMap<>();
        nlp.stageTimes().forEach((step, d) -> nlpSteps.put(step, d.toNanos()));
        PipelineRun result = new PipelineRun(run, times.snapshot(PipelineBench.STAGES), nlpSteps, sizeOf(storeDir),
                countArticles(storeDir, findings.size()), failures, List.of(), 0);
        return new Done(result, findings, evidence);
    }

    /** Clustering and consolidation of resampled copies of a run's findings, at each store size asked for. */
    List<BenchReport.Growth> growth(Done done) {
        if (settings.storeSizes().isEmpty()) {
            return List.of();
        }
        StoryScalingBench stories = new StoryScalingBench(done.evidence(), StoryClusterer.withDefaults());
        ConsolidationScalingBench events = new ConsolidationScalingBench(done.findings());
        List<BenchReport.Growth> out = new ArrayList<>();
        for (int size : settings.storeSizes()) {
            progress.println("Growth: clustering and consolidating " + size + " resampled articles ...");
            StoryScalingBench.Row s = stories.run(size);
            ConsolidationScalingBench.Row e = events.run(size);
            out.add(new BenchReport.Growth(size, s.stories(), s.millis(), s.peakHeapMb(), e.events(), e.millis(), e.peakHeapMb()));
        }
        return out;
    }

    private static long countArticles(Path storeDir, long fallback) {
        try (ArticleStore store = ArticleStores.open(storeDir.toString())) {
            return store.count();
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static ArticleSource source(List<RawArticle> articles) {
        return sink -> articles.forEach(a -> sink.accept(Outcome.accepted(a)));
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the store " + dir, e);
        }
    }

    /** The annotator, timing each call as {@link PipelineBench#NLP} and counting tokens. */
    private record TimedAnnotator(Annotator annotator, StageTimes times, AtomicLong tokens) implements Annotator {
        @Override
        public String name() {
            return annotator.name();
        }

        // the ingest asks it of stored annotations before re-extracting them: part of the events stage's work
        @Override
        public boolean wouldAddTo(AnnotatedText stored) {
            return times.time(PipelineBench.EXTRACT, () -> annotator.wouldAddTo(stored));
        }

        @Override
        public AnnotatedText annotate(String cleanText, PublicationDate published) {
            AnnotatedText text = times.time(PipelineBench.NLP, () -> annotator.annotate(cleanText, published));
            tokens.addAndGet(text.sentences().stream().mapToLong(s -> s.tokens().size()).sum());
            return text;
        }
    }

    /** The events stage, timing each call as {@link PipelineBench#EXTRACT}. */
    private record TimedExtractor(FindingsExtractor extractor, StageTimes times) implements FindingsExtractor {
        @Override
        public String name() {
            return extractor.name();
        }

        @Override
        public ArticleFindings extract(Article article, AnnotatedText text) {
            return times.time(PipelineBench.EXTRACT, () -> extractor.extract(article, text));
        }
    }
}
