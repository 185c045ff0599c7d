package org.parley.cli;

import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Whether, on how many threads and under what claim lease the commands that fetch ({@code watch},
 * {@code fetch}) annotate what they store.
 */
final class AnnotationSettings {

    @Option(names = "--no-annotate", description = "Store, clean and date only; annotate later with an ingest run.")
    boolean noAnnotate;

    @Option(names = "--threads", defaultValue = "2", description = "Annotation threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Mixin
    LeaseOption lease = new LeaseOption();

    /** The ingester these settings describe, writing into {@code store}. */
    Ingester ingester(ArticleStore store, IngestListener listener) {
        return new Ingester(store, Pipeline.stages(!noAnnotate), threads, listener).withClaimLease(lease.lease);
    }
}
