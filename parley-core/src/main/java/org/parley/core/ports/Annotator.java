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
}
