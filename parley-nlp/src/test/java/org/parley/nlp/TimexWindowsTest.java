package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimexWindowsTest {

    private static final String TEXT = "Rain fell. The two envoys who met in the old port city said on Friday that the talks "
            + "would resume in the spring or on March 3 at the latest.";

    /** The sentence of {@code TEXT} from {@code begin} to {@code end}, tokens split at spaces, numbered from {@code firstToken}. */
    private static CoreMap sentence(int begin, int end, int firstToken) {
        List<CoreLabel> tokens = new ArrayList<>();
        int at = begin;
        for (String word : TEXT.substring(begin, end).split(" ")) {
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            token.setBeginPosition(at);
            token.setEndPosition(at + word.length());
            tokens.add(token);
            at += word.length() + 1;
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.TextAnnotation.class, TEXT.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
        return sentence;
    }

    private static FoundTimex at(String words) {
        int begin = TEXT.indexOf(words);
        return new FoundTimex(begin, begin + words.length(), "DATE", "x");
    }

    private static String text(CoreMap part) {
        return part.get(CoreAnnotations.TextAnnotation.class);
    }

    @Test
    void keepsTheSentenceUpToContextTokensAfterItsLastExpressionWithConsistentOffsets() {
        CoreMap first = sentence(0, 10, 0);
        CoreMap second = sentence(11, TEXT.length(), 2);

        List<CoreMap> parts = TimexWindows.around(List.of(first, second), List.of(at("Friday")), 100, 2);

        assertThat(parts).hasSize(1);
        CoreMap part = parts.get(0);
        assertThat(text(part)).isEqualTo("The two envoys who met in the old port city said on Friday that the");
        int begin = part.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        assertThat(begin).isEqualTo(11);
        assertThat(TEXT.substring(begin, part.get(CoreAnnotations.CharacterOffsetEndAnnotation.class))).isEqualTo(text(part));
        assertThat(part.get(CoreAnnotations.TokensAnnotation.class)).extracting(CoreLabel::word)
                .endsWith("said", "on", "Friday", "that", "the").hasSize(15);
        // tokens 0..14 of the sentence, which starts at the document's token 2
        assertThat(part.get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(2);
        assertThat(part.get(CoreAnnotations.TokenEndAnnotation.class)).isEqualTo(17);
        assertThat(second.get(CoreAnnotations.TokensAnnotation.class)).as("the sentence itself is left as it was").hasSize(28);
    }

    @Test
    void readsOneBeginningPerSentenceUpToItsLastExpression() {
        CoreMap sentence = sentence(11, TEXT.length(), 0);

        assertThat(TimexWindows.around(List.of(sentence), List.of(at("Friday"), at("the spring")), 100, 2))
                .extracting(TimexWindowsTest::text)
                .containsExactly("The two envoys who met in the old port city said on Friday that the talks "
                        + "would resume in the spring or on");
    }

    @Test
    void cutsBothSidesWithConsistentOffsetsAndTokenIndices() {
        CoreMap first = sentence(0, 10, 0);
        CoreMap second = sentence(11, TEXT.length(), 2);

        List<CoreMap> parts = TimexWindows.around(List.of(first, second), List.of(at("Friday")), 3, 2);

        assertThat(parts).hasSize(1);
        CoreMap part = parts.get(0);
        assertThat(text(part)).isEqualTo("city said on Friday that the");
        int begin = part.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        assertThat(begin).isEqualTo(TEXT.indexOf("city"));
        assertThat(TEXT.substring(begin, part.get(CoreAnnotations.CharacterOffsetEndAnnotation.class))).isEqualTo(text(part));
        assertThat(part.get(CoreAnnotations.TokensAnnotation.class)).extracting(CoreLabel::word)
                .containsExactly("city", "said", "on", "Friday", "that", "the");
        // tokens 9..14 of the sentence, which starts at the document's token 2
        assertThat(part.get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(11);
        assertThat(part.get(CoreAnnotations.TokenEndAnnotation.class)).isEqualTo(17);
    }

    @Test
    void readsFarApartExpressionsAsPartsOfTheirOwnAndNearOnesAsOne() {
        CoreMap sentence = sentence(11, TEXT.length(), 0);

        assertThat(TimexWindows.around(List.of(sentence), List.of(at("Friday"), at("the spring")), 1, 1))
                .extracting(TimexWindowsTest::text)
                .containsExactly("on Friday that", "in the spring or");
        assertThat(TimexWindows.around(List.of(sentence), List.of(at("Friday"), at("the spring")), 3, 3))
                .extracting(TimexWindowsTest::text)
                .containsExactly("city said on Friday that the talks would resume in the spring or on March");
    }

    @Test
    void aWindowReachingTheEndIsTheWholeSentence() {
        CoreMap sentence = sentence(0, 10, 0);

        assertThat(TimexWindows.around(List.of(sentence), List.of(at("Rain")), 8, 8)).containsExactly(sentence);
    }

    @Test
    void aSentenceWithoutTokensIsReadWholeWhenAnExpressionOverlapsIt() {
        CoreMap bare = new ArrayCoreMap();
        bare.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 11);
        bare.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, TEXT.length());

        assertThat(TimexWindows.around(List.of(bare), List.of(at("Friday")), 2, 2)).containsExactly(bare);
        assertThat(TimexWindows.around(List.of(bare), List.of(at("Rain")), 2, 2)).isEmpty();
    }
}
