package org.parley.core.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.parley.core.extract.FindingsExtractor;
import org.parley.core.ports.Annotator;
import org.parley.core.ports.ArticleSource;
import org.parley.core.ports.ArticleStore;
import org.parley.core.ports.LanguageDetector;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.Outcome;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;

/**
 * Reads articles from a source into a store: clean, identify, detect language, date, store, then
 * annotate, then extract events and commitments (on the worker that annotated the article, right
 * after saving its annotation; then for any annotated article still without current findings).
 *
 * <p>Design decision: storing and annotating are two phases. Each article is committed (cleaned and
 * dated, status {@link ArticleStatus#STORED}) as soon as it is read; annotation then runs on every
 * article still {@code STORED}, on several worker threads. A run killed at any point therefore
 * loses at most the article in flight, and running it again stores nothing twice and annotates
 * exactly what is still pending. Several processes may ingest into one store at once: each claims
 * an article before annotating it, so none is annotated twice ({@link PendingAnnotation}).
 *
 * <p>Not thread-safe: one ingest at a time per instance.
 */
public final class Ingester {

    /**
     * The per-article stages the ingester composes.
     *
     * @param cleaner   boilerplate removal
     * @param dater     publication date from metadata or dateline
     * @param languages language detection
     * @param annotator NLP annotation; empty to store only
     * @param analysed  ISO 639-1 codes of the languages that are analysed
     * @param findings  the events stage, run on each annotated article; empty to stop after annotation
     */
    public record Stages(Function<String, CleanText> cleaner, Function<RawArticle, PublicationDate> dater,
                         LanguageDetector languages, Optional<Annotator> annotator, Set<String> analysed,
                         Optional<FindingsExtractor> findings) {
        public Stages {
            Objects.requireNonNull(cleaner, "cleaner");
            Objects.requireNonNull(dater, "dater");
            Objects.requireNonNull(languages, "languages");
            Objects.requireNonNull(annotator, "annotator");
            analysed = Set.copyOf(analysed);
            Objects.requireNonNull(findings, "findings");
        }

        /** Stages without the events stage. */
        public Stages(Function<String, CleanText> cleaner, Function<RawArticle, PublicationDate> dater,
                      LanguageDetector languages, Optional<Annotator> annotator, Set<String> analysed) {
            this(cleaner, dater, languages, annotator, analysed, Optional.empty());
        }
    }

    /** How long a claim on an article being annotated lasts without renewal, unless {@link #withClaimLease} says otherwise. */
    public static final Duration DEFAULT_CLAIM_LEASE = PendingAnnotation.DEFAULT_LEASE;

    private final ArticleStore store;
    private final Stages stages;
    private final int workers;
    private final IngestListener listener;
    private final Clock clock;
    private final Duration claimLease;
    private final boolean reuseAnnotations;

    public Ingester(ArticleStore store, Stages stages, int workers, IngestListener listener, Clock clock) {
        this(store, stages, workers, listener, clock, PendingAnnotation.DEFAULT_LEASE, true);
    }

    private Ingester(ArticleStore store, Stages stages, int workers, IngestListener listener, Clock clock,
                     Duration claimLease, boolean reuseAnnotations) {
        this.store = Objects.requireNonNull(store, "store");
        this.stages = Objects.requireNonNull(stages, "stages");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        this.workers = workers;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (claimLease.isNegative() || claimLease.isZero()) {
            throw new IllegalArgumentException("the claim lease must be positive: " + claimLease);
        }
        this.claimLease = claimLease;
        this.reuseAnnotations = reuseAnnotations;
    }

    /**
     * This ingester with another lease on the articles it claims for annotation: how long a killed
     * process's articles wait before another takes them (renewed while a run lasts).
     */
    public Ingester withClaimLease(Duration lease) {
        return new Ingester(store, stages, workers, listener, clock, lease, reuseAnnotations);
    }

    /**
     * This ingester with reuse of annotations for near-duplicates on or off (on by default; it
     * applies only with an annotator that {@linkplain Annotator#annotatesLinesApart annotates lines
     * apart}): a syndicated copy of an article annotated earlier in the same run gets its original's
     * annotation for the lines they share, and only its other lines are annotated
     * ({@link AnnotationSplice}, {@link NearDuplicates}). Off, every article is annotated whole:
     * the reference the reuse is measured against.
     */
    public Ingester withAnnotationReuse(boolean reuse) {
        return new Ingester(store, stages, workers, listener, clock, claimLease, reuse);
    }

    public Ingester(ArticleStore store, Stages stages, int workers, IngestListener listener) {
        this(store, stages, workers, listener, Clock.systemUTC());
    }

    /** Stores every article of the source, then annotates whatever is pending. */
    public IngestSummary ingest(ArticleSource source) {
        Instant start = clock.instant();
        Tally tally = new Tally();
        source.forEach(outcome -> handle(outcome, tally));
        AtomicInteger extractedFresh = new AtomicInteger();
        Map<ArticleId, String> failedFresh = new ConcurrentHashMap<>();
        int annotated = annotatePending(tally.failed, extractFresh(extractedFresh, failedFresh));
        failedFresh.values().stream().sorted().forEach(tally.failed::add);
        int extracted = extractedFresh.get() + extractPending(tally.failed, failedFresh.keySet());
        return new IngestSummary(tally.added, tally.versions, tally.duplicates, tally.skipped,
                tally.failed, annotated, extracted, Duration.between(start, clock.instant()));
    }

    private void handle(Outcome<RawArticle> outcome, Tally tally) {
        if (outcome instanceof Outcome.Rejected<RawArticle> rejected) {
            tally.failed.add(rejected.message());
            listener.recordHandled(rejected.origin().doc(), "failed");
            return;
        }
        RawArticle raw = ((Outcome.Accepted<RawArticle>) outcome).value();
        String result;
        try {
            result = store(raw, tally);
        } catch (RuntimeException e) {
            // A bad record must not stop the batch; a store failure is reported per record too.
            tally.failed.add(raw.origin().describe() + ": " + describe(e));
            result = "failed";
        }
        listener.recordHandled(raw.origin().doc(), result);
    }

    private String store(RawArticle raw, Tally tally) {
        Outcome<Article> prepared = prepare(stages, raw, clock.instant());
        if (prepared instanceof Outcome.Rejected<Article> rejected) {
            tally.failed.add(rejected.message());
            return "failed";
        }
        Article article = ((Outcome.Accepted<Article>) prepared).value();
        boolean analysed = article.status() != ArticleStatus.SKIPPED_LANGUAGE;
        ArticleStore.Put put = store.put(article);
        switch (put.result()) {
            case DUPLICATE -> {
                tally.duplicates++;
                return "duplicate";
            }
            case NEW_VERSION -> tally.versions++;
            case NEW -> tally.added++;
        }
        if (!analysed) {
            tally.skipped.merge("language " + article.language(), 1, Integer::sum);
            return "skipped";
        }
        return put.result() == ArticleStore.PutResult.NEW ? "new" : "new version";
    }

    /**
     * The article a raw record becomes before annotation: cleaned, identified by its clean text,
     * language detected (the declared language when too little text to tell), dated; status
     * {@link ArticleStatus#STORED}, or {@link ArticleStatus#SKIPPED_LANGUAGE} when its language is
     * not analysed. Rejected when no text is left after removing boilerplate. Pure apart from the
     * stages; the distributed job calls it per record so both engines store the same articles.
     *
     * @param ingestedAt the bookkeeping time recorded on the article
     */
    public static Outcome<Article> prepare(Stages stages, RawArticle raw, Instant ingestedAt) {
        CleanText clean = stages.cleaner().apply(raw.text());
        if (clean.text().isBlank()) {
            return Outcome.rejected(raw.origin(), "no article text left after removing boilerplate");
        }
        String language = language(stages, raw, clean.text());
        boolean analysed = stages.analysed().contains(language);
        return Outcome.accepted(new Article(ArticleIds.of(clean.text()), null, raw, clean, language,
                stages.dater().apply(raw), analysed ? ArticleStatus.STORED : ArticleStatus.SKIPPED_LANGUAGE,
                analysed ? null : "language " + language + " is not analysed", ingestedAt));
    }

    private static String language(Stages stages, RawArticle raw, String text) {
        String detected = stages.languages().detect(text);
        if (LanguageDetector.UNDETERMINED.equals(detected) && raw.declaredLanguage() != null
                && raw.declaredLanguage().length() >= 2) {
            // Too little text to tell: trust what the source declared.
            return raw.declaredLanguage().substring(0, 2).toLowerCase(java.util.Locale.ROOT);
        }
        return detected;
    }

    /**
     * Annotates every article still waiting for annotation, on the configured number of threads,
     * claiming each first so that other processes annotating the same store take other articles
     * ({@link PendingAnnotation}). Failures mark the article {@link ArticleStatus#FAILED} and are
     * added to {@code failures}.
     *
     * @return how many articles this run annotated
     */
    public int annotatePending(List<String> failures) {
        return annotatePending(failures, (article, annotation) -> { });
    }

    private int annotatePending(List<String> failures, BiConsumer<Article, AnnotatedText> saved) {
        if (stages.annotator().isEmpty()) {
            return 0;
        }
        return new PendingAnnotation(store, stages.annotator().get(), workers, listener, claimLease,
                reuseAnnotations && stages.annotator().get().annotatesLinesApart(), saved).run(failures);
    }

    /**
     * The events stage for an article a worker has just annotated and saved, on that worker: it has
     * the annotation in memory (no read back and JSON parse) and the annotator's own output lacks
     * nothing it would add. A failure saves nothing and is reported here, once: the pass over what
     * lacks findings ({@link #extractPending}) leaves those articles alone in this run.
     */
    private BiConsumer<Article, AnnotatedText> extractFresh(AtomicInteger extracted, Map<ArticleId, String> failed) {
        if (stages.findings().isEmpty()) {
            return (article, annotation) -> { };
        }
        FindingsExtractor extractor = stages.findings().get();
        return (article, annotation) -> {
            try {
                store.saveFindings(extractor.extract(article, annotation), extractor.name());
                extracted.incrementAndGet();
            } catch (RuntimeException e) {
                failed.put(article.id(), extractionFailure(article, e));
            }
        };
    }

    /**
     * Runs the events stage on every annotated article whose findings are missing or came from
     * another version of the extractor (cheap next to annotation, so it runs on the calling thread),
     * first annotating again an article whose stored annotation lacks what the annotator would now
     * add ({@link Annotator#wouldAddTo}).
     *
     * @return how many articles got new findings
     */
    public int extractPending(List<String> failures) {
        return extractPending(failures, Set.of());
    }

    /** As {@link #extractPending(List)}, leaving alone the articles whose failure this run has reported. */
    private int extractPending(List<String> failures, Set<ArticleId> reported) {
        if (stages.findings().isEmpty()) {
            return 0;
        }
        FindingsExtractor extractor = stages.findings().get();
        int done = 0;
        for (ArticleId id : store.idsNeedingFindings(extractor.name())) {
            if (reported.contains(id)) {
                continue;
            }
            Optional<Article> article = store.article(id);
            Optional<AnnotatedText> text = store.annotation(id);
            if (article.isEmpty() || text.isEmpty()) {
                continue;
            }
            try {
                AnnotatedText annotation = text.get();
                Optional<Annotator> annotator = stages.annotator();
                if (annotator.isPresent() && annotator.get().wouldAddTo(annotation)) {
                    // annotated before today's cues: its new events need the parses it lacks
                    annotation = annotator.get().annotate(article.get().clean().text(), article.get().published());
                    store.saveAnnotation(id, annotation);
                }
                store.saveFindings(extractor.extract(article.get(), annotation), extractor.name());
                done++;
            } catch (RuntimeException e) {
                failures.add(extractionFailure(article.get(), e));
            }
        }
        return done;
    }

    private static String extractionFailure(Article article, RuntimeException e) {
        return article.raw().origin().describe() + ": event extraction failed: " + describe(e);
    }

    static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Counters of one run; touched by the ingest thread only. */
    private static final class Tally {
        int added;
        int versions;
        int duplicates;
        final Map<String, Integer> skipped = new HashMap<>();
        final List<String> failed = new ArrayList<>();
    }
}
