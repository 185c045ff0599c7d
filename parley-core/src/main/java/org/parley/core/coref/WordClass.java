package org.parley.core.coref;

/** The coarse word class of an event trigger, the granularity a sense inventory distinguishes. */
public enum WordClass {
    VERB, NOUN, ADJECTIVE, OTHER;

    /** The class of a Penn Treebank tag (the tag set of {@link org.parley.model.Token#pos()}); null is OTHER. */
    public static WordClass ofPennTag(String tag) {
        if (tag == null || tag.isEmpty()) {
            return OTHER;
        }
        if (tag.startsWith("VB")) {
            return VERB;
        }
        if (tag.startsWith("NN")) {
            return NOUN;
        }
        if (tag.startsWith("JJ")) {
            return ADJECTIVE;
        }
        return OTHER;
    }
}
