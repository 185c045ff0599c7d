package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TransposedClassifier} scores exactly as CoreNLP's classifier: the same doubles for the same
 * features, and the same parses, also when its product cache is emptied over and over, and when the
 * products of the model's whole feature list are computed at load ("pinned"). Loads the parser model
 * four times (seconds each), hence an integration test.
 */
class TransposedClassifierIT {

    /** Sentences written for this test: short, long, nested clauses, a list, quotes, a question. */
    private static final String TEXT = String.join(" ",
            "The foreign ministers of both countries met in the capital on Tuesday.",
            "After two days of talks that the host had called difficult but useful, the delegation, which"
                    + " included the deputy minister, her two advisers and a trade envoy, signed an agreement"
                    + " on fishing rights and promised to return before the end of the year.",
            "Rain.",
            "\"We will not accept this,\" the spokesman said, adding that the embassy would stay closed.",
            "Did the president call his counterpart, or did he only write to him?",
            "Officials in the port city, who spoke on condition of anonymity, said the ship had been held"
                    + " for three weeks while inspectors counted its cargo of rice, fertiliser and spare parts.");

    private static DependencyParser stock;
    private static DependencyParser transposed;
    private static DependencyParser forgetful;
    private static DependencyParser pinned;
    private static List<CoreMap> sentences;

    @BeforeAll
    static void load() {
        stock = load("stock");
        transposed = load("transposed");
        TransposedClassifier.install(transposed, 50_000);
        forgetful = load("forgetful");
        TransposedClassifier.install(forgetful, 16);
        pinned = load("pinned");
        TransposedClassifier.install(pinned, 16, 100_000);
        assertThat(List.of(stock, transposed, forgetful, pinned)).as("four parsers, not CoreNLP's one cached")
                .doesNotHaveDuplicates();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        Annotation document = new Annotation(TEXT);
        new StanfordCoreNLP(props).annotate(document);
        sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /**
     * A parser of its own: CoreNLP's {@code loadFromModelFile} hands out one cached parser per model and
     * properties, so parsers loaded alike would be one object (and the comparisons below vacuous).
     */
    private static DependencyParser load(String name) {
        Properties props = new Properties();
        props.setProperty("parley.test.parser", name);
        return DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props);
    }

    @Test
    void theSameParsesAsCoreNlp() {
        assertThat(sentences).hasSize(6);
        for (CoreMap sentence : sentences) {
            String expected = stock.predict(sentence).typedDependencies().toString();
            assertThat(transposed.predict(sentence).typedDependencies().toString()).isEqualTo(expected);
            assertThat(forgetful.predict(sentence).typedDependencies().toString()).isEqualTo(expected);
            assertThat(pinned.predict(sentence).typedDependencies().toString()).isEqualTo(expected);
        }
        long[] scoredAndForced = classifier(transposed).scoredAndForced();
        assertThat(scoredAndForced[0]).isPositive();
        assertThat(scoredAndForced[1]).as("configurations with one legal transition, not scored").isPositive();
    }

    @Test
    void theSameScoresBitForBit() throws ReflectiveOperationException {
        Classifier coreNlp = (Classifier) classifierOf(stock);
        TransposedClassifier fast = classifier(transposed);
        TransposedClassifier small = classifier(forgetful);
        TransposedClassifier whole = classifier(pinned);
        int nullWord = stock.getWordID(Config.NULL);
        int tokens = coreNlp.getE().length;
        List<List<Integer>> precomputedByPosition = new ArrayList<>();
        for (int j = 0; j < Config.numTokens; j++) {
            precomputedByPosition.add(new ArrayList<>());
        }
        Field preMap = Classifier.class.getDeclaredField("preMap");
        preMap.setAccessible(true);
        for (Object index : ((java.util.Map<?, ?>) preMap.get(coreNlp)).keySet()) {
            int i = (Integer) index;
            precomputedByPosition.get(i % Config.numTokens).add(i / Config.numTokens);
        }
        List<List<Integer>> pinnedByPosition = new ArrayList<>();
        for (int j = 0; j < Config.numTokens; j++) {
            pinnedByPosition.add(new ArrayList<>());
        }
        Field ranked = DependencyParser.class.getDeclaredField("preComputed");
        ranked.setAccessible(true);
        List<?> model = (List<?>) ranked.get(stock);
        assertThat(model).hasSizeGreaterThan(20_000);
        for (Object index : model.subList(20_000, model.size())) { // past CoreNLP's 20,000 precomputed
            int i = (Integer) index;
            pinnedByPosition.get(i % Config.numTokens).add(i / Config.numTokens);
        }
        SplittableRandom random = new SplittableRandom(14);
        List<int[]> features = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            int[] feature = new int[Config.numTokens];
            for (int j = 0; j < feature.length; j++) {
                // precomputed by CoreNLP, pinned by the whole list, or any id (computed, then cached)
                List<Integer> precomputed = precomputedByPosition.get(j);
                List<Integer> listed = pinnedByPosition.get(j);
                int kind = random.nextInt(3);
                feature[j] = kind == 0 && !precomputed.isEmpty() ? precomputed.get(random.nextInt(precomputed.size()))
                        : kind == 1 && !listed.isEmpty() ? listed.get(random.nextInt(listed.size()))
                        : random.nextInt(tokens);
            }
            if (feature[0] == nullWord) {
                feature[0] = nullWord + 1;
            }
            features.add(feature);
        }
        for (int round = 0; round < 2; round++) { // the second round reads cached products
            for (int[] feature : features) {
                double[] expected = coreNlp.computeScores(feature);
                assertThat(fast.computeScores(feature)).containsExactly(expected);
                assertThat(small.computeScores(feature)).containsExactly(expected);
                assertThat(whole.computeScores(feature)).containsExactly(expected);
            }
        }
    }

    @Test
    void aPinnedFeatureIsNeverComputedWhileParsing() throws ReflectiveOperationException {
        Field preMap = Classifier.class.getDeclaredField("preMap");
        preMap.setAccessible(true);
        Field ranked = DependencyParser.class.getDeclaredField("preComputed");
        ranked.setAccessible(true);
        List<?> model = (List<?>) ranked.get(stock);
        Classifier coreNlp = (Classifier) classifierOf(stock);
        TransposedClassifier whole = classifier(pinned);
        long computedBefore = whole.productsComputedAndDropped()[0];
        List<List<Integer>> listedByPosition = new ArrayList<>();
        for (int j = 0; j < Config.numTokens; j++) {
            listedByPosition.add(new ArrayList<>());
        }
        int nullWord = stock.getWordID(Config.NULL);
        for (Object index : model) {
            int i = (Integer) index;
            if (i / Config.numTokens != nullWord) {
                listedByPosition.get(i % Config.numTokens).add(i / Config.numTokens);
            }
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 50; n++) {
            int[] feature = new int[Config.numTokens];
            for (int j = 0; j < feature.length; j++) {
                List<Integer> listed = listedByPosition.get(j);
                assertThat(listed).as("listed features of position %d", j).isNotEmpty();
                feature[j] = listed.get(random.nextInt(listed.size()));
            }
            assertThat(whole.computeScores(feature)).containsExactly(coreNlp.computeScores(feature));
        }
        assertThat(whole.productsComputedAndDropped()[0]).as("products computed for listed features")
                .isEqualTo(computedBefore);
        assertThat(((java.util.Map<?, ?>) preMap.get(coreNlp))).hasSizeLessThan(model.size());
    }

    private static TransposedClassifier classifier(DependencyParser parser) {
        Object classifier = classifierOf(parser);
        assertThat(classifier).isInstanceOf(TransposedClassifier.class);
        return (TransposedClassifier) classifier;
    }

    private static Object classifierOf(DependencyParser parser) {
        try {
            Field f = DependencyParser.class.getDeclaredField("classifier");
            f.setAccessible(true);
            return f.get(parser);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
