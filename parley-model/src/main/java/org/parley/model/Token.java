package org.parley.model;

import java.util.Objects;

/**
 * One token of an annotated text.
 *
 * @param word  the token as written (brackets as the characters, never a tagger's escape such as {@code -LRB-})
 * @param span  its characters in the clean text
 * @param pos   its part of speech ({@link PartOfSpeech#OTHER} when the tagger gave none Parley knows)
 * @param lemma its lemma
 * @param ner   the kind of entity it belongs to ({@link EntityType#NONE} for none), e.g. PERSON, COUNTRY, TITLE, DATE
 */
public record Token(String word, Span span, PartOfSpeech pos, String lemma, EntityType ner) {
    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
    }
}
