package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link QuantityCues} against CoreNLP's own numeric classifiers (no model needed): on every sentence
 * the cues turn away, the classifiers change nothing.
 */
class QuantityCuesTest {

    /** Words the rules or the normalizer react to, beside plain ones; tags drawn at random so every rule's tag is met. */
    private static final String[] WORDS = {
        "the", "minister", "said", "talks", "Hanoi", "Vietnam", "met", "and", "of", ",", "weighed", "to", "between",
        "day", "Monday", "morning", "noon", "first", "second", "twenty-first", "May", "may", "March", "march", "Jan.",
        "Sept", "m", "b", "million", "milion", "billion", "bn", "thousand", "hundred", "dollars", "euro", "pence", "$",
        "%", "percent", "five", "5", "2002-2004", "1999", "p.m.", "a.m.", "years", "minutes", "\u0661\u0669\u0669\u0669-\u0662\u0660\u0660\u0660",
    };
    private static final String[] TAGS = {"NN", "NNS", "NNP", "JJ", "CD", "IN", "CC", ",", "VBD", "RB", "DT"};
    private static final String[] CRF_TAGS = {"O", "O", "O", "PERSON", "ORGANIZATION", "LOCATION", "MISC"};
    private static final NumberSequenceClassifier NUMBERS = new NumberSequenceClassifier(new Properties(), false, new Properties());

    @Test
    void aSentenceTheCuesTurnAwayIsLeftAsItWasByTheNumericClassifiers() {
        Random random = new Random(15);
        int turnedAway = 0;
        int changed = 0;
        for (int n = 0; n < 8_000; n++) {
            List<CoreLabel> tokens = sentence(random);
            List<String> before = render(tokens);
            boolean may = QuantityCues.mayHoldQuantity(tokens);
            QuantityGatedNer.applyNumericClassifiers(NUMBERS, tokens, sentenceOf(tokens), null);
            List<String> after = render(tokens);
            if (!may) {
                turnedAway++;
                assertThat(after).as("sentence %s", before).isEqualTo(before);
            } else if (!after.equals(before)) {
                changed++;
            }
        }
        // The check must meet both kinds of sentence often enough to mean something.
        assertThat(turnedAway).isGreaterThan(800);
        assertThat(changed).isGreaterThan(800);
    }

    @Test
    void numbersMonthsOrdinalsAndTimeWordsLetASentenceThrough() {
        assertThat(QuantityCues.mayHoldQuantity(tagged("the", "DT", "minister", "NN", "left", "VBD"))).isFalse();
        assertThat(QuantityCues.mayHoldQuantity(tagged("the", "DT", "minister", "NN", "left", "CD"))).isTrue();
        assertThat(QuantityCues.mayHoldQuantity(tagged("he", "PRP", "left", "VBD", "Sept.", "NNP"))).isTrue();
        assertThat(QuantityCues.mayHoldQuantity(tagged("the", "DT", "first", "JJ", "visit", "NN"))).isTrue();
        assertThat(QuantityCues.mayHoldQuantity(tagged("that", "DT", "day", "NN"))).isTrue();
        assertThat(QuantityCues.mayHoldQuantity(tagged("5m", "NN"))).isTrue();
        assertThat(QuantityCues.mayHoldQuantity(tagged("b", "NN"))).isTrue();
    }

    @Test
    void aTokenTheCrfTaggedAsAQuantityLetsTheSentenceThrough() {
        List<CoreLabel> tokens = tagged("tomorrow", "NN");
        assertThat(QuantityCues.mayHoldQuantity(tokens)).isFalse();
        tokens.get(0).setNER("DATE");
        assertThat(QuantityCues.mayHoldQuantity(tokens)).isTrue();
    }

    private static List<CoreLabel> sentence(Random random) {
        int length = 1 + random.nextInt(8);
        List<CoreLabel> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < length; i++) {
            // Plain words most of the time, so that many sentences hold no cue at all.
            String word = random.nextInt(3) == 0 ? WORDS[random.nextInt(WORDS.length)] : WORDS[random.nextInt(13)];
            String tag = TAGS[random.nextInt(TAGS.length)];
            CoreLabel token = token(word, tag, offset);
            String crf = CRF_TAGS[random.nextInt(CRF_TAGS.length)];
            token.set(CoreAnnotations.AnswerAnnotation.class, crf);
            token.setNER(crf);
            // As the CRF's pass leaves it: answers copied to the NER tags, with their probabilities.
            token.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, Map.of(crf, -1.0));
            tokens.add(token);
            offset += word.length() + 1;
        }
        return tokens;
    }

    private static List<CoreLabel> tagged(String... wordsAndTags) {
        List<CoreLabel> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < wordsAndTags.length; i += 2) {
            CoreLabel token = token(wordsAndTags[i], wordsAndTags[i + 1], offset);
            token.setNER("O");
            tokens.add(token);
            offset += wordsAndTags[i].length() + 1;
        }
        return tokens;
    }

    private static CoreLabel token(String word, String tag, int offset) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.setOriginalText(word);
        token.setTag(tag);
        token.setBeginPosition(offset);
        token.setEndPosition(offset + word.length());
        return token;
    }

    private static CoreMap sentenceOf(List<CoreLabel> tokens) {
        CoreMap sentence = new ArrayCoreMap();
        StringBuilder text = new StringBuilder();
        for (CoreLabel t : tokens) {
            text.append(t.word()).append(' ');
        }
        sentence.set(CoreAnnotations.TextAnnotation.class, text.toString());
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sentence;
    }

    /** Everything the annotator keeps of a token, and the keys the numeric steps could add. */
    private static List<String> render(List<CoreLabel> tokens) {
        List<String> out = new ArrayList<>();
        for (CoreLabel t : tokens) {
            out.add(t.word() + "/" + t.tag() + "/" + t.ner() + "/" + t.get(CoreAnnotations.AnswerAnnotation.class)
                    + "/" + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)
                    + "/" + t.get(CoreAnnotations.NumericCompositeValueAnnotation.class)
                    + "/" + t.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class) + "/" + t.keySet().size());
        }
        return out;
    }
}
