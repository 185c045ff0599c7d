package org.parley.model;

import java.util.Objects;

/**
 * One token of an annotated text.
 *
 * @param word  the token as written
 * @param span  its characters in the clean text
 * @param pos   Penn Treebank part-of-speech tag
 * @param lemma its lemma
 * @param ner   coarse or fine-grained named-entity tag ({@code O} for none), e.g. PERSON, COUNTRY, TITLE, DATE
 */
public record Token(String word, Span span, String pos, String lemma, String ner) {
    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(span, "span");
    }
}
