package org.parley.nlp;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import java.util.List;
import java.util.Set;

/**
 * Whether CoreNLP's numeric classifiers (its {@code NumberSequenceClassifier} rules, then
 * {@code QuantifiableEntityNormalizer}, as {@code NERClassifierCombiner} runs them with
 * {@code ner.applyNumericClassifiers} and without SUTime) could change anything in a sentence the
 * statistical NER has tagged. When {@link #mayHoldQuantity} is false they change nothing, so
 * {@link QuantityGatedNer} does not run them.
 *
 * <p>Why false is safe (CoreNLP 4.5.10, {@code NumberSequenceClassifier.classifyOld} and
 * {@code QuantifiableEntityNormalizer.addNormalizedQuantitiesToEntities}): the rules label a
 * token only (1) if it or a neighbour is tagged {@code CD}; (2) if the word is a month name
 * (every alternative of their month pattern starts with one of {@link #MONTH_STARTS}), an ordinal
 * word, a generic time word ({@code day}, {@code morning}, ...) or {@code m}/{@code b}; or (3) if
 * an earlier token of the sentence was labelled (AM/PM after a TIME, a comma after a DATE) — which
 * needs (1) or (2) first. Labels are taken over only where the CRF said O or MISC, so without
 * (1)-(3) the NER tags are the CRF's. The normalizer then changes a tag only next to a
 * quantifiable one (MONEY, NUMBER, DATE, TIME, PERCENT, ORDINAL, DURATION: a multiplier after a
 * number, a comma between dates, a time unit after a number), or for a word {@code 1000-3000}
 * with digits on both sides of a hyphen, and normalizes only quantifiable tags, or a token that
 * already has a normalized value, a timex or a numeric value. A sentence with none of these has
 * nothing either step could read. The money-multiplier check that costs the most (an edit
 * distance of every word against "million", "billion", ...) only ever matters after a number.
 */
final class QuantityCues {

    /** The first three letters of every alternative of CoreNLP's (case-sensitive) month pattern. */
    static final Set<String> MONTH_STARTS =
            Set.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    /** The tags the normalizer works on ({@code QuantifiableEntityNormalizer.quantifiable}). */
    static final Set<String> QUANTIFIABLE = Set.of("MONEY", "TIME", "DATE", "PERCENT", "NUMBER", "ORDINAL", "DURATION");

    private QuantityCues() {
    }

    /**
     * False only when the numeric classifiers provably leave {@code tokens} (tagged by the CRF,
     * its tags in {@code NamedEntityTagAnnotation}) as they are.
     */
    static boolean mayHoldQuantity(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            if (mayStartQuantity(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayStartQuantity(CoreLabel token) {
        String word = token.word();
        if ("CD".equals(token.tag()) || word == null || hasDigit(word)) {
            return true;
        }
        String ner = token.ner();
        if (ner != null && QUANTIFIABLE.contains(ner)) {
            return true;
        }
        if (token.containsKey(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)
                || token.containsKey(CoreAnnotations.NumericCompositeValueAnnotation.class)
                || token.containsKey(CoreAnnotations.NumericCompositeTypeAnnotation.class)
                || token.containsKey(TimeAnnotations.TimexAnnotation.class)) {
            return true;
        }
        return word.equals("m") || word.equals("b")
                || word.length() >= 3 && MONTH_STARTS.contains(word.substring(0, 3))
                || NumberSequenceClassifier.ORDINAL_PATTERN.matcher(word).matches()
                || NumberSequenceClassifier.GENERIC_TIME_WORDS.matcher(word).matches();
    }

    /** Any Unicode digit: {@code Integer.parseInt}, which the normalizer's year-range check uses, reads them all. */
    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
