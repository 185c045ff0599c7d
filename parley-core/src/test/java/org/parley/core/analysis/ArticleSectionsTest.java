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
import org.parley.model.TimeExpression;
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

    @Test
    void aDatelineOpeningTheFirstBodySentenceIsFoundWithItsPlaceDateAndSpan() {
        AnnotatedText text = withDate(text("Ministers meet in Lagos",
                "LAGOS , Oct 3 ( Coast Herald ) - The two ministers met on Tuesday .", "They signed a plan ."), "Oct 3");
        ArticleSections sections = ArticleSections.of(text);
        assertThat(sections.dateline()).hasValueSatisfying(d -> {
            assertThat(d.sentence()).isEqualTo(1);
            assertThat(d.place()).isEqualTo("LAGOS");
            assertThat(d.date().text()).isEqualTo("Oct 3");
            assertThat(d.isDate(text.times().get(0))).isTrue();
            Sentence s = text.sentences().get(1);
            assertThat(d.span()).isEqualTo(new Span(s.span().begin(), s.tokens().get(8).span().end()));
        });
    }

    @Test
    void aDatelineMayNameTwoPlacesOrNoDate() {
        assertThat(ArticleSections.of(withDate(text("PORT LOUIS , Mauritius , Oct 3 - Talks ended ."), "Oct 3")).dateline())
                .hasValueSatisfying(d -> {
                    assertThat(d.place()).isEqualTo("PORT LOUIS , Mauritius");
                    assertThat(d.date()).isNotNull();
                });
        assertThat(ArticleSections.of(text("ACCRA ( Coast Herald ) - Talks ended .")).dateline())
                .hasValueSatisfying(d -> assertThat(d.date()).isNull());
    }

    @Test
    void aPlaceAndADateAloneOrInsideTheBodyAreNoDateline() {
        assertThat(ArticleSections.of(withDate(text("Lagos , Oct 3 was a quiet day ."), "Oct 3")).dateline()).isEmpty();
        assertThat(ArticleSections.of(text("ACCRA - Talks ended .")).dateline()).as("no date: agency and dash").isEmpty();
        assertThat(ArticleSections.of(withDate(text("Talks ended .", "LAGOS , Oct 3 ( Coast Herald ) - More talks ."),
                "Oct 3")).dateline()).as("after the first body sentence").isEmpty();
    }

    @Test
    void theLeadIsTheFirstBodyParagraphUpToThreeSentences() {
        assertThat(ArticleSections.of(text("A headline", "One .", "Two .", "Three .", "Four .")).lead())
                .containsExactly(1, 2, 3);
        AnnotatedText text = text("A headline", "One .", "Two .", "Three .");
        char[] clean = " ".repeat(text.sentences().get(3).span().end()).toCharArray();
        clean[text.sentences().get(2).span().end()] = '\n';   // a paragraph ends after "Two ."
        CleanText withBreak = new CleanText(new String(clean), List.of(), List.of(), OffsetMap.identity(clean.length));
        assertThat(ArticleSections.of(text, withBreak).lead()).containsExactly(1, 2);
        assertThat(ArticleSections.of(text("Only a headline")).lead()).isEmpty();
    }

    /** {@code text} with a DATE expression on the first occurrence of {@code words} (a whole run of tokens). */
    private static AnnotatedText withDate(AnnotatedText text, String words) {
        for (Sentence s : text.sentences()) {
            List<String> w = s.tokens().stream().map(Token::word).toList();
            String[] wanted = words.split(" ");
            for (int i = 0; i + wanted.length <= w.size(); i++) {
                if (w.subList(i, i + wanted.length).equals(List.of(wanted))) {
                    Span span = new Span(s.tokens().get(i).span().begin(), s.tokens().get(i + wanted.length - 1).span().end());
                    TimeExpression t = new TimeExpression(words, span, "DATE", "XXXX-10-03", s.index());
                    return new AnnotatedText(text.annotator(), text.sentences(), text.entities(), List.of(t));
                }
            }
        }
        throw new IllegalArgumentException(words);
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
