package org.parley.core.actors;

import java.util.Set;

/**
 * One pass over an article for actors: it reads the {@link ArticleReading} (tokens, sections,
 * claimed tokens, references and people so far), works only on tokens no earlier pass claimed,
 * and adds references and claims of one kind. Its {@link Contract} says what it needs earlier
 * passes to have added and what it adds; {@link ActorPasses} checks it when the passes are
 * composed. Implementations are stateless and thread-safe: everything of one article lives in its
 * reading.
 */
interface ReadingPass {

    /**
     * What a pass needs and gives.
     *
     * @param requires what earlier passes must have added
     * @param adds     what the pass adds
     */
    record Contract(Set<ReadingFact> requires, ReadingFact adds) {

        public Contract {
            requires = Set.copyOf(requires);
        }
    }

    Contract contract();

    void apply(ArticleReading reading);

    /** The pass's name in messages. */
    default String name() {
        return getClass().getSimpleName();
    }
}
