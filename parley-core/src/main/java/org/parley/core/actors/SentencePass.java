package org.parley.core.actors;

/** A {@link ReadingPass} that reads the article one sentence at a time, in order. */
interface SentencePass extends ReadingPass {

    /** Reads sentence {@code s}, adding to the reading. */
    void read(ArticleReading reading, int s);

    @Override
    default void apply(ArticleReading reading) {
        for (int s = 0; s < reading.sentenceCount(); s++) {
            read(reading, s);
        }
    }
}
