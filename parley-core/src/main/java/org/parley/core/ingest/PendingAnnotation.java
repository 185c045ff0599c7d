package org.parley.core.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.parley.core.ports.AnnotationClaims;
import org.parley.core.ports.Annotator;
import org.parley.core.ports.ArticleStore;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;

/**
 * One run of annotation over the articles a store holds as {@link ArticleStatus#STORED}: each is
 * claimed ({@link ArticleStore#annotationClaims}) just before a worker thread annotates it, so
 * several processes annotating one store share the work and annotate each article once. Gives the
 * number annotated; failures mark the article {@link ArticleStatus#FAILED} and are reported.
 *
 * <p>While the run lasts, a heartbeat renews this run's leases every third of the lease, so a long
 * annotation keeps its claim; a process killed mid-run stops renewing, and its claims return to the
 * others once they expire. A run that stops early gives its claims back at once.
 *
 * <p>Design decision: claim one article at a time, when a worker is free, not a batch up front. A
 * claim is one short write transaction, cheap next to annotating, and an article claimed but not
 * yet started would sit idle while another process has free workers.
 */
final class PendingAnnotation {

    /** How long a claim lasts without renewal: how long a killed process's articles stay taken. */
    static final Duration DEFAULT_LEASE = Duration.ofMinutes(1);

    private final ArticleStore store;
    private final Annotator annotator;
    private final int workers;
    private final IngestListener listener;
    private final Duration lease;
    /** Articles of this run by line, when the annotator lets near-duplicates reuse annotations; else null. */
    private final NearDuplicates copies;
    /** What a worker does with an annotation it just saved (the ingest's events stage), on its own thread. */
    private final BiConsumer<Article, AnnotatedText> saved;

    PendingAnnotation(ArticleStore store, Annotator annotator, int workers, IngestListener listener, Duration lease,
                      boolean reuse) {
        this(store, annotator, workers, listener, lease, reuse, (article, annotation) -> { });
    }

    /**
     * A run whose workers hand each annotation they saved to {@code saved} at once, while it is still
     * in memory: the events stage then needs neither a read back from the store nor a second look at
     * whether the annotation lacks parses. {@code saved} must be thread-safe and must not throw.
     */
    PendingAnnotation(ArticleStore store, Annotator annotator, int workers, IngestListener listener, Duration lease,
                      boolean reuse, BiConsumer<Article, AnnotatedText> saved) {
        this.store = store;
        this.annotator = annotator;
        this.workers = workers;
        this.listener = listener;
        this.lease = lease;
        this.copies = reuse ? new NearDuplicates() : null;
        this.saved = saved;
    }

    /** Annotates what is pending; failures are added to {@code failures}. */
    int run(List<String> failures) {
        int waiting = store.idsWithStatus(ArticleStatus.STORED).size();
        if (waiting == 0) {
            return 0;
        }
        listener.annotationStarted(waiting);
        String owner = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        AnnotationClaims claims = store.annotationClaims(owner, lease).orElseGet(() -> new InProcessClaims(store));
        AtomicInteger done = new AtomicInteger();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("parley-annotate"));
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("parley-claims"));
        long renewEvery = Math.max(1, lease.toMillis() / 3);
        heartbeat.scheduleAtFixedRate(() -> renewQuietly(claims), renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        Semaphore freeWorkers = new Semaphore(workers);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (Optional<ArticleId> next; ; ) {
                freeWorkers.acquire();
                next = claims.claimNext();
                if (next.isEmpty()) {
                    break;
                }
                Optional<Article> article = store.article(next.get());
                if (article.isEmpty()) {
                    freeWorkers.release();
                    continue;
                }
                // Looked up and registered here, in claim order, so a copy always finds an original claimed before it.
                Optional<NearDuplicates.Entry> original = copies == null ? Optional.empty() : copies.originalOf(article.get());
                Optional<NearDuplicates.Entry> self = copies == null ? Optional.empty() : Optional.of(copies.register(article.get()));
                started.add(pool.submit(() -> {
                    boolean saved = false;
                    try {
                        saved = annotateOne(claims, article.get(), original, done, errors);
                    } finally {
                        boolean result = saved;
                        self.ifPresent(e -> e.annotated().complete(result));
                        freeWorkers.release();
                    }
                }));
            }
            for (Future<?> f : started) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.add("annotation interrupted; pending articles are annotated on the next run");
        } catch (ExecutionException e) {
            errors.add("annotation worker failed: " + Ingester.describe(e.getCause()));
        } catch (RuntimeException e) {
            errors.add("cannot claim articles to annotate: " + Ingester.describe(e));
        } finally {
            heartbeat.shutdownNow();
            pool.shutdownNow();
            try {
                claims.releaseAll();
            } catch (RuntimeException e) {
                errors.add("cannot give back annotation claims (they expire in " + lease + "): "
                        + Ingester.describe(e));
            }
        }
        failures.addAll(errors);
        return done.get();
    }

    // True when this writer saved the annotation (false: it failed, or another writer took the article over).
    private boolean annotateOne(AnnotationClaims claims, Article article, Optional<NearDuplicates.Entry> original,
                                AtomicInteger done, List<String> errors) {
        try {
            AnnotatedText annotation = reused(article, original)
                    .orElseGet(() -> annotator.annotate(article.clean().text(), article.published()));
            if (!claims.saveAnnotation(article.id(), annotation)) {
                return false; // another writer took the article over after this one's lease ran out: its annotation stands
            }
            done.incrementAndGet();
            listener.articleAnnotated(article.doc(), true);
            saved.accept(article, annotation);
            return true;
        } catch (RuntimeException | OutOfMemoryError e) {
            String reason = "annotation failed: " + Ingester.describe(e);
            store.markFailed(article.id(), reason);
            errors.add(article.raw().origin().describe() + ": " + reason);
            listener.articleAnnotated(article.doc(), false);
            return false;
        }
    }

    /**
     * The annotation of a near-duplicate built from its original's, once the original is annotated;
     * empty when there is no original, it failed, or it was annotated by another configuration.
     */
    private Optional<AnnotatedText> reused(Article copy, Optional<NearDuplicates.Entry> original) {
        if (original.isEmpty() || !waitFor(original.get())) {
            return Optional.empty();
        }
        ArticleId id = original.get().id();
        Optional<Article> source = store.article(id);
        Optional<AnnotatedText> annotation = store.annotation(id);
        if (source.isEmpty() || annotation.isEmpty() || !annotation.get().annotator().equals(annotator.name())) {
            return Optional.empty();
        }
        AnnotationSplice.Result spliced = AnnotationSplice.splice(copy.clean().text(), copy.published(),
                source.get().clean().text(), annotation.get(), annotator);
        listener.annotationReused(copy.doc(), source.get().doc(), spliced.reusedSentences(),
                spliced.annotation().sentences().size());
        return Optional.of(spliced.annotation());
    }

    private static boolean waitFor(NearDuplicates.Entry original) {
        try {
            return original.annotated().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    private static void renewQuietly(AnnotationClaims claims) {
        try {
            claims.renew();
        } catch (RuntimeException e) {
            // the next beat tries again; a lease lost meanwhile costs at most a second annotation
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
