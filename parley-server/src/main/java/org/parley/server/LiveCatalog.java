package org.parley.server;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.IngestSummary;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleSource;
import org.parley.core.ports.ArticleStore;

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
    private final AtomicReference<CatalogSnapshot> current;
    private final Object ingestLock = new Object();
    private Ingester.Stages stages; // built on the first ingest, guarded by ingestLock

    /**
     * @param store  the store, shared with the request threads (stores are thread-safe)
     * @param stages the ingest stages, built on the first ingest (loading NLP models is slow)
     */
    public LiveCatalog(ArticleStore store, Supplier<Ingester.Stages> stages) {
        this.store = Objects.requireNonNull(store, "store");
        this.stagesFactory = Objects.requireNonNull(stages, "stages");
        this.current = new AtomicReference<>(CatalogSnapshot.of(store));
    }

    /** A catalog whose first snapshot is given (tests, benchmarks). */
    LiveCatalog(ArticleStore store, Supplier<Ingester.Stages> stages, CatalogSnapshot initial) {
        this.store = Objects.requireNonNull(store, "store");
        this.stagesFactory = Objects.requireNonNull(stages, "stages");
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
            IngestSummary summary = new Ingester(store, stages, 2, IngestListener.SILENT).ingest(source);
            if (summary.newArticles() + summary.newVersions() + summary.annotated() + summary.extracted() > 0) {
                current.set(CatalogSnapshot.of(store));
            }
            return summary;
        }
    }

    /** Rereads the store (e.g. after another process ingested into it). */
    public void refresh() {
        synchronized (ingestLock) {
            current.set(CatalogSnapshot.of(store));
        }
    }
}
