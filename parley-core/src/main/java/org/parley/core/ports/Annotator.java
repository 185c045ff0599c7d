package org.parley.core.ports;

import org.parley.model.AnnotatedText;
import org.parley.model.PublicationDate;

/**
 * Annotates an English text: sentences, tokens, POS, lemmas, named entities, time expressions
 * normalized against the publication date, and dependency parses.
 *
 * <p>Implementations are thread-safe (one instance is shared by the ingest workers) and expensive
 * to build: build one per process.
 */
public interface Annotator {

    /** Name and configuration, stored with each annotation so stale ones can be recognised. */
    String name();

    /**
     * @param cleanText the article's clean text; every span in the result refers to it
     * @param published the publication date, the anchor for relative time expressions
     */
    AnnotatedText annotate(String cleanText, PublicationDate published);

    /**
     * Whether each line of a text is annotated as if it stood alone: no sentence crosses a line
     * break and nothing carries over from one sentence to the next (so a line's annotation depends
     * only on its own text and the publication day). Then an ingest may reuse the annotation of
     * lines it already annotated in another article (a syndicated copy) instead of annotating them
     * again. False unless an implementation promises it.
     */
    default boolean annotatesLinesApart() {
        return false;
    }

    /**
     * Whether annotating the text now would add to this stored annotation: parses of sentences that
     * today's cues select but that were left unparsed when it was made (a trigger row added since, so
     * the new extractor could not find that sentence's event). An ingest re-annotates such an article
     * before recomputing its findings. False unless an implementation can tell.
     */
    default boolean wouldAddTo(AnnotatedText stored) {
        return false;
    }
}
