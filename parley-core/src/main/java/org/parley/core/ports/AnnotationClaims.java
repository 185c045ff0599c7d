package org.parley.core.ports;

import java.util.Optional;
import org.parley.model.AnnotatedText;
import org.parley.model.ArticleId;

/**
 * One writer's claims on the articles waiting for annotation, so that several processes sharing a
 * store annotate each article once. A claim is a lease: it names its owner and expires, so the
 * claims of a process that was killed return to the pool once they expire.
 *
 * <p>Reads the store's {@link org.parley.model.ArticleStatus#STORED} articles; gives them out one at
 * a time, each to one owner. An article stays claimed until it is annotated or marked failed (which
 * ends the claim), its lease expires, or {@link #releaseAll} gives it back.
 *
 * <p>Thread safety: {@link #claimNext} is called from one thread; {@link #renew} may run on another.
 */
public interface AnnotationClaims {

    /** Claims the next pending article that no live lease holds, in ingest order; empty when none is left. */
    Optional<ArticleId> claimNext();

    /**
     * Saves the annotation of an article this owner claimed, as {@link ArticleStore#saveAnnotation}
     * does, unless the claim was lost meanwhile (its lease ran out and another writer took the article
     * or annotated it already): then nothing is written and the answer is false.
     */
    boolean saveAnnotation(ArticleId id, AnnotatedText annotation);

    /** Extends the lease of every article this owner still holds, a heartbeat while annotation runs. */
    void renew();

    /** Gives back this owner's claims on articles still pending (a run that stops early). */
    void releaseAll();
}
