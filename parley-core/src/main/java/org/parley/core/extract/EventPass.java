package org.parley.core.extract;

import java.util.Set;

/**
 * One pass of event extraction over an article: it reads facts that earlier passes added to the
 * {@link ArticleEvents} and adds its own. {@link EventPasses} checks, when the passes are put in
 * order, that every fact a pass reads is added before it runs.
 *
 * <p>Implementations hold only immutable data and are thread-safe; all per-article state is in the
 * {@link ArticleEvents} they are given.
 */
interface EventPass {

    /** What is known about the article's events, in the order the bundled passes add it. */
    enum Fact {
        /** Given: the parsed sentences with their actor and entity mentions. */
        SENTENCES,
        /** Given: the section of every sentence ({@link org.parley.core.analysis.ArticleSections}). */
        SECTIONS,
        /** Candidate events: trigger words with their lexicon rule and trigger text. */
        TRIGGERS,
        /** The CAMEO code of each candidate verb from the verb dictionary; candidates only the dictionary finds. */
        CODED,
        /** How each candidate is coded once negation, wishes, promises and threats are read (a meeting kept as an intent is planned). */
        MODALITY,
        /** Whether each candidate is reported held or still to come (planned, invited, accepted). */
        STATUS,
        /** Whether each candidate is past context rather than news. */
        BACKGROUND,
        /** The actors and phrases the parse gives each candidate as arguments. */
        ARGUMENTS,
        /** The final source and target of each event; candidates without them are gone. */
        SIDES,
        /** Where each event happened, when the sentence says. */
        PLACES,
        /** One draft per event reported: restatements merged, places inherited. */
        MERGED,
        /** The topics of each event. */
        TOPICS,
        /** The date of each event. */
        DATES,
        /** Acts said during a dated meeting of the article, dated by it. */
        ANCHORS
    }

    /**
     * What a pass reads and what it adds.
     *
     * @param reads the facts it needs
     * @param adds  the facts it adds
     */
    record Contract(Set<Fact> reads, Set<Fact> adds) {
        public Contract {
            reads = Set.copyOf(reads);
            adds = Set.copyOf(adds);
        }
    }

    Contract contract();

    /** Reads and adds to one article's state. */
    void apply(ArticleEvents article);

    /** The name used in messages. */
    default String name() {
        return getClass().getSimpleName();
    }
}
