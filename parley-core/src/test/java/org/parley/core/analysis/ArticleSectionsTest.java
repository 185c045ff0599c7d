package org.parley.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.ArticleSections.Section;
import org.parley.model.AnnotatedText;
import org.parley.model.CleanText;
import org.parley.model.EntityType;
import org.parley.model.OffsetMap;
import org.parley.model.PartOfSpeech;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

class ArticleSectionsTest {

    @Test
    void aSentenceWithoutFinalPunctuationIsAHeadingThatOpensASection() {
        ArticleSections sections = ArticleSections.of(text("Blinken visits Hanoi", "Vietnam welcomes him",
                "He met Son .", "Photo : the two ministers", "They talked ( in Hanoi )"));
        assertThat(sections.of(0)).isEqualTo(Section.HEADLINE);
        assertThat(sections.of(1)).isEqualTo(Section.HEADLINE);
        assertThat(sections.of(2)).isEqualTo(Section.BODY);
        assertThat(sections.of(3)).as("without the clean text a caption reads as a heading").isEqualTo(Section.HEADING);
        assertThat(sections.of(4)).as("a closing bracket ends running text").isEqualTo(Section.BODY);
        assertThat(sections.same(0, 1)).as("headings in a row are one section").isTrue();
        assertThat(sections.same(1, 2)).isTrue();
        assertThat(sections.same(2, 3)).as("a heading after the body opens a section").isFalse();
        assertThat(sections.same(3, 4)).isTrue();
        assertThat(sections.number(4)).isEqualTo(1);
    }

    @Test
    void aCaptionOfTheCleanTextIsNeitherHeadingNorBodyAndOpensNoSection() {
        AnnotatedText text = text("Blinken visits Hanoi", "He met Son .", "Photo : the two ministers", "They talked .");
        ArticleSections sections = ArticleSections.of(text, clean(text, 2));
        assertThat(sections.of(2)).isEqualTo(Section.CAPTION);
        assertThat(sections.isHeading(2)).isFalse();
        assertThat(sections.same(1, 3)).isTrue();
    }

    @Test
    void aLongSentenceWithoutPunctuationIsBody() {
        String words = "word ".repeat(ArticleSections.LONGEST_HEADING + 1).strip();
        assertThat(ArticleSections.of(text(words)).of(0)).isEqualTo(Section.BODY);
        String shorter = "word ".repeat(ArticleSections.LONGEST_HEADING).strip();
        assertThat(ArticleSections.of(text(shorter)).of(0)).isEqualTo(Section.HEADLINE);
    }

    /** Sentences of space-separated tokens, one per line. */
    static AnnotatedText text(String... sentences) {
        List<Sentence> out = new ArrayList<>();
        int offset = 0;
        for (String sentence : sentences) {
            List<Token> tokens = new ArrayList<>();
            int begin = offset;
            for (String word : sentence.split(" ")) {
                Span span = new Span(offset, offset + word.length());
                tokens.add(new Token(word, span, PartOfSpeech.NOUN, word, EntityType.NONE));
                offset += word.length() + 1;
            }
            out.add(new Sentence(out.size(), new Span(begin, offset - 1), tokens, List.of()));
        }
        return new AnnotatedText("test", out, List.of(), List.of());
    }

    /** The clean text of {@code text} with the given sentences marked as captions. */
    static CleanText clean(AnnotatedText text, int... captions) {
        List<Span> spans = new ArrayList<>();
        for (int c : captions) {
            spans.add(text.sentences().get(c).span());
        }
        int length = text.sentences().get(text.sentences().size() - 1).span().end();
        return new CleanText(" ".repeat(length), spans, List.of(), OffsetMap.identity(length));
    }
}
