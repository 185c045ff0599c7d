package org.parley.core.actors;

import java.util.Set;

/**
 * One pass over an article for actors: it reads the {@link ArticleReading} (tokens, sections,
 * claimed tokens, references and people so far), works only on tokens no earlier pass claimed,
 * and adds references and claims of one kind, {@link #adds()}. What it needs earlier passes to
 * have added is {@link #requires()}; {@link ActorPasses} checks it when the passes are composed.
 * Implementations are stateless and thread-safe: everything of one article lives in its reading.
 */
interface ReadingPass {

    /** What this pass needs to have been added before it runs. */
    Set<ReadingFact> requires();

    /** What this pass adds. */
    ReadingFact adds();

    void apply(ArticleReading reading);

    /** The pass's name in messages. */
    default String name() {
        return getClass().getSimpleName();
    }
}
