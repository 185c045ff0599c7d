package org.parley.model;

/** How far an article got through the pipeline. */
public enum ArticleStatus {
    /** Stored, cleaned and dated; waiting for NLP annotation. */
    STORED,
    /** Annotated; later stages can run on the stored annotation. */
    ANNOTATED,
    /** Stored but not analysed because it is not in a language Parley analyses. */
    SKIPPED_LANGUAGE,
    /** Annotation failed; the error is kept with the article. */
    FAILED
}
