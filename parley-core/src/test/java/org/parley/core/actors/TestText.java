package org.parley.core.actors;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.TestTags;
import org.parley.model.AnnotatedText;
import org.parley.model.PartOfSpeech;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Builds small annotated texts for tests: each sentence is split on spaces; a token written
 * {@code word/TAG} gets that entity tag, others get {@code O}; {@code word/TAG/POS} also sets its
 * part of speech (a Penn tag). Otherwise POS: the Penn tag of the mark itself for punctuation (OTHER
 * for a mark that is no tag, such as a bracket), DT for "the",
 * NNP for capitalised words, VBD for words ending in "ed", NN otherwise.
 */
final class TestText {
    private final List<Sentence> sentences = new ArrayList<>();
    private int offset;

    TestText sentence(String spec) {
        List<Token> tokens = new ArrayList<>();
        int begin = offset;
        for (String raw : spec.split(" ")) {
            String[] parts = raw.length() > 1 ? raw.split("/") : new String[] {raw};
            String word = parts[0];
            String ner = parts.length > 1 ? parts[1] : "O";
            String pos = Character.isUpperCase(word.charAt(0)) ? "NNP" : word.endsWith("ed") ? "VBD"
                    : word.equals("the") || word.equals("The") ? "DT" : "NN";
            if (Character.isUpperCase(word.charAt(0)) && word.equals("The")) {
                pos = "DT";
            }
            PartOfSpeech tag = TestTags.pos(pos);
            if (word.chars().noneMatch(Character::isLetterOrDigit)) {
                tag = PartOfSpeech.fromPenn(word);
            }
            if (parts.length > 2) {
                tag = TestTags.pos(parts[2]);
            }
            tokens.add(new Token(word, new Span(offset, offset + word.length()), tag, word, TestTags.entity(ner)));
            offset += word.length() + 1;
        }
        sentences.add(new Sentence(sentences.size(), new Span(begin, offset - 1), tokens, List.of()));
        return this;
    }

    AnnotatedText build() {
        return new AnnotatedText("test", sentences, List.of(), List.of());
    }
}
