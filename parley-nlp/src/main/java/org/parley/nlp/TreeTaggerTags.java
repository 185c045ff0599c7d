package org.parley.nlp;

/**
 * Turns a Penn Treebank tag into the TreeTagger English tag HeidelTime's rules were written for.
 * The two tag sets differ only for verbs: TreeTagger keeps {@code VB*} for "be", has {@code VH*}
 * for "have" and {@code VV*} for every other verb, and HeidelTime decides the tense of a sentence
 * by those tags (past: {@code VBD VHD VVD VBN VHN}; present: {@code VBP VBZ VHP VHZ VVP VVZ}).
 * Stateless.
 */
final class TreeTaggerTags {

    private TreeTaggerTags() {
    }

    /** The TreeTagger tag for a token tagged {@code pennTag} with lemma {@code lemma}. */
    static String of(String pennTag, String lemma) {
        if (pennTag == null || !pennTag.startsWith("VB")) {
            return pennTag;
        }
        String suffix = pennTag.substring(2);
        if ("be".equalsIgnoreCase(lemma)) {
            return pennTag;
        }
        return ("have".equalsIgnoreCase(lemma) ? "VH" : "VV") + suffix;
    }
}
