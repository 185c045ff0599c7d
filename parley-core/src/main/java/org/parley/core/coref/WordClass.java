package org.parley.core.coref;

import org.parley.model.PartOfSpeech;

/** The coarse word class of an event trigger, the granularity a sense inventory distinguishes. */
public enum WordClass {
    VERB, NOUN, ADJECTIVE, OTHER;

    /** The class of a token's part of speech. */
    public static WordClass of(PartOfSpeech pos) {
        if (pos.isVerb()) {
            return VERB;
        }
        if (pos.isNoun()) {
            return NOUN;
        }
        if (pos.isAdjective()) {
            return ADJECTIVE;
        }
        return OTHER;
    }
}
