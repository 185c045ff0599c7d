package org.parley.core.extract.commitments;

/**
 * What a {@link CommitmentPass} reads and adds: the first three are given by the caller, each
 * other one is added by one pass of {@link CommitmentExtractor}.
 */
enum Fact {
    /** Given: the article's clean text and its sentences, tokens and dependency parse. */
    SENTENCES,
    /** Given: the tagger's entity mentions (MONEY). */
    ENTITIES,
    /** Given: the article's resolved actor mentions. */
    ACTOR_MENTIONS,
    /** The sentences that may state a commitment: not the headline, not a photo caption, not empty. */
    BODY_SENTENCES,
    /** The amounts of money of each body sentence, by token range. */
    AMOUNTS,
    /** One draft per statement of a commitment, in text order. */
    DRAFTS,
    /** The drafts with repeated mentions of one commitment merged into the first. */
    MERGED_DRAFTS,
    /** The finished commitments: dated, with topics and their sentence as evidence. */
    COMMITMENTS
}
