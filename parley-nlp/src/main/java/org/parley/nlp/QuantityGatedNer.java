package org.parley.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.QuantifiableEntityNormalizer;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's NER annotator ({@code NERCombinerAnnotator}) with its numeric classifiers run only on
 * the sentences that can hold a quantity ({@link QuantityCues}): the same tags, normalized values and
 * fine-grained tags as CoreNLP's with {@code ner.applyNumericClassifiers=true} and
 * {@code ner.useSUTime=false}, for the properties {@link CoreNlpAnnotator} gives it.
 *
 * <p>Design decision: CoreNLP runs the numeric rules and then {@code QuantifiableEntityNormalizer}
 * on every sentence, and the normalizer compares every word with the money multipliers by edit
 * distance; a sentence without a digit, a CD tag, a month, an ordinal or a time word gets nothing
 * from either. The statistical step and everything after it per document (the curated regexner,
 * the clean-ups) are CoreNLP's own: this class only replaces the per-sentence step
 * ({@code doOneSentence}), with the CRF combiner built as CoreNLP builds it but without the numeric
 * classifiers, which it then runs itself as {@code NERClassifierCombiner.classifyWithGlobalInformation}
 * does (CoreNLP 4.5.10), on the sentences the cues let through. The CRF is loaded once, here: the
 * superclass is given an empty model list.
 */
final class QuantityGatedNer extends NERCombinerAnnotator {

    private static final Logger LOG = LoggerFactory.getLogger(QuantityGatedNer.class);

    private final NERClassifierCombiner crf;
    private final NumberSequenceClassifier numbers;
    private final LongAdder sentences = new LongAdder();
    private final LongAdder tokens = new LongAdder();
    private final LongAdder numericSentences = new LongAdder();
    private final LongAdder numericTokens = new LongAdder();

    /** What the numeric classifiers were given since construction or {@link #resetCounts()}. */
    record Counts(long sentences, long tokens, long numericSentences, long numericTokens) {
    }

    QuantityGatedNer(Properties props) throws IOException {
        super(withoutModels(props));
        if (!PropertiesUtils.getBool(props, NERClassifierCombiner.APPLY_NUMERIC_CLASSIFIERS_PROPERTY, true)
                || PropertiesUtils.getBool(props, NumberSequenceClassifier.USE_SUTIME_PROPERTY, true)
                || PropertiesUtils.getBool(props, "ner.rulesOnly", false)
                || PropertiesUtils.getBool(props, "ner.statisticalOnly", false)
                || NERClassifierCombiner.Language.fromString(props.getProperty(NERClassifierCombiner.NER_LANGUAGE_PROPERTY),
                        NERClassifierCombiner.NER_LANGUAGE_DEFAULT) != NERClassifierCombiner.Language.ENGLISH
                || props.containsKey("ner.maxlen") || props.containsKey("ner.maxtime") || props.containsKey("ner.nthreads")) {
            throw new IllegalArgumentException("QuantityGatedNer reproduces English NER with numeric classifiers, without SUTime");
        }
        Properties combinerProps = PropertiesUtils.extractSelectedProperties(props,
                NERClassifierCombiner.DEFAULT_PASS_DOWN_PROPERTIES);
        String[] models = props.getProperty("ner.model", String.join(",", STOCK_MODELS)).trim().split(",");
        this.crf = new NERClassifierCombiner(false, NERClassifierCombiner.Language.ENGLISH, false, combinerProps, models);
        this.numbers = new NumberSequenceClassifier(new Properties(), false, combinerProps);
    }

    /** NERCombinerAnnotator's default models when {@code ner.model} is not set. */
    private static final String[] STOCK_MODELS = {
        DefaultPaths.DEFAULT_NER_THREECLASS_MODEL,
        DefaultPaths.DEFAULT_NER_MUC_MODEL,
        DefaultPaths.DEFAULT_NER_CONLL_MODEL,
    };

    private static Properties withoutModels(Properties props) {
        Properties out = new Properties();
        out.putAll(props);
        out.setProperty("ner.model", "");
        return out;
    }

    static QuantityGatedNer load(Properties props) {
        try {
            return new QuantityGatedNer(props);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NER models", e);
        }
    }

    Counts counts() {
        return new Counts(sentences.sum(), tokens.sum(), numericSentences.sum(), numericTokens.sum());
    }

    void resetCounts() {
        sentences.reset();
        tokens.reset();
        numericSentences.reset();
        numericTokens.reset();
    }

    /** As {@code NERCombinerAnnotator.doOneSentence} (no length limit, no time limit). */
    @Override
    public void doOneSentence(Annotation annotation, CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> output = classify(tokens, annotation, sentence);
        for (int i = 0, sz = tokens.size(); i < sz; ++i) {
            CoreLabel out = output.get(i);
            CoreLabel token = tokens.get(i);
            String neTag = out.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            String normNeTag = out.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            token.setNER(neTag);
            token.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class,
                    out.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class));
            token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, neTag);
            if (normNeTag != null) {
                token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normNeTag);
            }
            NumberSequenceClassifier.transferAnnotations(out, token);
        }
    }

    /**
     * The CRF's tags, then, where {@link QuantityCues} allows, CoreNLP's numeric steps in
     * CoreNLP's order: the rules on a copy (taking a label only over O or MISC), answers to NER
     * tags, the normalizer. The answers are copied to the NER tags after the CRF as well; the second
     * copy overwrites every token's tag and probabilities, so the result is CoreNLP's.
     */
    private List<CoreLabel> classify(List<CoreLabel> words, Annotation annotation, CoreMap sentence) {
        List<CoreLabel> output = crf.classifySentenceWithGlobalInformation(words, annotation, sentence);
        sentences.increment();
        tokens.add(output.size());
        if (!QuantityCues.mayHoldQuantity(output)) {
            return output;
        }
        numericSentences.increment();
        numericTokens.add(output.size());
        applyNumericClassifiers(numbers, output, sentence, annotation);
        return output;
    }

    /**
     * What {@code NERClassifierCombiner.classifyWithGlobalInformation} does after the CRF when
     * {@code applyNumericClassifiers} is on, SUTime off and the language English: the rules on a copy
     * of {@code words} (a label taken only over O or MISC), the answers copied to the NER tags, then
     * the normalizer. Failures are logged and skipped, as CoreNLP does.
     */
    static void applyNumericClassifiers(NumberSequenceClassifier numbers, List<CoreLabel> words, CoreMap sentence,
                                        CoreMap document) {
        try {
            recognizeNumberSequences(numbers, words, sentence, document);
        } catch (RuntimeException e) {
            LOG.info("numeric classifier failed: {}", e.toString());
        }
        copyAnswersToNerTags(words);
        try {
            QuantifiableEntityNormalizer.addNormalizedQuantitiesToEntities(words, false, false);
        } catch (RuntimeException | AssertionError e) {
            LOG.info("quantity normalizer failed: {}", e.toString());
        }
    }

    private static void recognizeNumberSequences(NumberSequenceClassifier numbers, List<CoreLabel> words,
                                                 CoreMap sentence, CoreMap document) {
        List<CoreLabel> copies = NumberSequenceClassifier.copyTokens(words, sentence);
        numbers.classifyWithGlobalInformation(copies, document, sentence);
        String background = numbers.flags.backgroundSymbol;
        for (int i = 0, sz = words.size(); i < sz; i++) {
            CoreLabel word = words.get(i);
            CoreLabel copy = copies.get(i);
            String before = word.get(CoreAnnotations.AnswerAnnotation.class);
            String guess = copy.get(CoreAnnotations.AnswerAnnotation.class);
            if ((before == null || before.equals(background) || before.equals("MISC")) && !guess.equals(background)) {
                word.set(CoreAnnotations.AnswerAnnotation.class, guess);
                word.set(CoreAnnotations.AnswerProbAnnotation.class, null);
            }
            NumberSequenceClassifier.transferAnnotations(copy, word);
        }
    }

    private static void copyAnswersToNerTags(List<CoreLabel> words) {
        for (CoreLabel word : words) {
            word.set(CoreAnnotations.NamedEntityTagAnnotation.class, word.get(CoreAnnotations.AnswerAnnotation.class));
            Double prob = word.get(CoreAnnotations.AnswerProbAnnotation.class);
            Map<String, Double> labelToProb = Collections.singletonMap(
                    word.get(CoreAnnotations.NamedEntityTagAnnotation.class), prob == null ? -1.0 : prob);
            word.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, labelToProb);
        }
    }
}
