package org.parley.server;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.IngestSummary;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleSource;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.StoryAssignment;

/**
 * The server's view of a store: the current {@link CatalogSnapshot}, replaced as a whole after each
 * ingest.
 *
 * <p>Thread-safe. Readers take {@link #current()} once per request and keep using that snapshot;
 * an ingest builds the next snapshot while they do and swaps it in atomically, so a reader never
 * sees a half-updated catalog. Ingests run one at a time (callers wait their turn). Old snapshots
 * are not closed: requests may still use them, and their in-memory search index is garbage once
 * the last request lets go.
 */
public final class LiveCatalog {
    private final ArticleStore store;
    private final Supplier<Ingester.Stages> stagesFactory;
    private final Duration claimLease;
    private final AtomicReference<CatalogSnapshot> current;
    private final Object ingestLock = new Object();
    private Ingester.Stages stages; // built on the first ingest, guarded by ingestLock
    private String seenMark; // the store's change mark behind the current snapshot, guarded by ingestLock
    // one assignment for the server's life: its state is rebuilt from the store once, then kept up to
    // date by each new snapshot (guarded by ingestLock, as snapshots are built under it)
    private final StoryAssignment assignment;

    /**
     * @param store  the store, shared with the request threads (stores are thread-safe)
     * @param stages the ingest stages, built on the first ingest (loading NLP models is slow)
     */
    public LiveCatalog(ArticleStore store, Supplier<Ingester.Stages> stages) {
        this(store, stages, Ingester.DEFAULT_CLAIM_LEASE);
    }

    /**
     * @param claimLease how long a claim on an article being annotated lasts without renewal, when other
     *                   processes ({@code parley ingest}) annotate the same store ({@link Ingester#withClaimLease})
     */
    public LiveCatalog(ArticleStore store, Supplier<Ingester.Stages> stages, Duration claimLease) {
        this.store = Objects.requireNonNull(store, "store");
        this.stagesFactory = Objects.requireNonNull(stages, "stages");
        this.claimLease = Objects.requireNonNull(claimLease, "claimLease");
        this.seenMark = store.changeMark();
        this.assignment = new StoryAssignment(store);
        this.current = new AtomicReference<>(CatalogSnapshot.of(store, assignment));
    }

    /** A catalog whose first snapshot is given (tests, benchmarks). */
    LiveCatalog(ArticleStore store, Supplier<Ingester.Stages> stages, CatalogSnapshot initial) {
        this.store = Objects.requireNonNull(store, "store");
        this.stagesFactory = Objects.requireNonNull(stages, "stages");
        this.claimLease = Ingester.DEFAULT_CLAIM_LEASE;
        this.assignment = new StoryAssignment(store);
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public CatalogSnapshot current() {
        return current.get();
    }

    public ArticleStore store() {
        return store;
    }

    /** Ingests the source (waiting for any ingest in progress), then publishes a new snapshot. */
    public IngestSummary ingest(ArticleSource source) {
        synchronized (ingestLock) {
            if (stages == null) {
                stages = stagesFactory.get();
            }
            IngestSummary summary = new Ingester(store, stages, 2, IngestListener.SILENT).withClaimLease(claimLease)
                    .ingest(source);
            if (summary.newArticles() + summary.newVersions() + summary.annotated() + summary.extracted() > 0) {
                seenMark = store.changeMark();
                current.set(CatalogSnapshot.of(store, assignment));
            }
            return summary;
        }
    }

    /** Rereads the store (e.g. after another process ingested into it). */
    public void refresh() {
        synchronized (ingestLock) {
            seenMark = store.changeMark();
            current.set(CatalogSnapshot.of(store, assignment));
        }
    }

    /**
     * Rereads the store when its change mark moved since the current snapshot was built: what
     * {@code parley ingest} wrote from another process shows up without a restart.
     *
     * @return whether a new snapshot was published
     */
    public boolean refreshIfChanged() {
        synchronized (ingestLock) {
            String mark = store.changeMark();
            if (mark.equals(seenMark)) {
                return false;
            }
            seenMark = mark;
            current.set(CatalogSnapshot.of(store, assignment));
            return true;
        }
    }

    /**
     * Checks the store for changes by other processes every {@code period} on a daemon thread.
     * A failed check is reported and retried at the next period (the old snapshot stays in use).
     */
    public ScheduledExecutorService watch(Duration period) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "parley-store-watch");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                refreshIfChanged();
            } catch (RuntimeException e) {
                System.err.println("parley serve: could not reread the store: " + e.getMessage());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return timer;
    }
}
