package org.parley.core.ingest;

/**
 * Hears an ingest run's progress, for progress bars and logs. Called from the ingest thread for
 * reading and from worker threads for annotation: implementations must be thread-safe.
 */
public interface IngestListener {

    /** A record was read and handled; {@code outcome} is e.g. {@code new}, {@code duplicate}, {@code failed}. */
    default void recordHandled(String doc, String outcome) {
    }

    /** Annotation of {@code total} articles is starting. */
    default void annotationStarted(int total) {
    }

    /** One article was annotated (or failed to be). */
    default void articleAnnotated(String doc, boolean ok) {
    }

    /**
     * An article was annotated by reusing the annotation of a near-duplicate annotated earlier in
     * the run ({@code original}): {@code reusedSentences} of its {@code sentences} came from it.
     * Followed by {@link #articleAnnotated}.
     */
    default void annotationReused(String doc, String original, int reusedSentences, int sentences) {
    }

    IngestListener SILENT = new IngestListener() {
    };
}
