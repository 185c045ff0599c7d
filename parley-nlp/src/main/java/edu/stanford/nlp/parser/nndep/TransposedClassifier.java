package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * CoreNLP's neural dependency parser's classifier with the same scores, bit for bit, computed with
 * the weight matrices transposed. Parley's parser ({@code org.parley.nlp.CuedParser}) puts it in place
 * of the loaded parser's own classifier with {@link #install}; the parser's feature extraction,
 * transitions and graphs stay CoreNLP's.
 *
 * <p>Why: {@link Classifier#computeScores} spends most of its time in dot products (85 transitions ×
 * 1,000 hidden units per transition, and 1,000 × 50 for each feature product it has not cached), each
 * one sum whose every addition waits for the one before. Summing the same terms for all rows at once
 * (column after column, one accumulator per row) adds every row's terms in the very order CoreNLP does,
 * so each score is the same double, but the additions of different rows are independent and the JIT
 * vectorises them. Java's arithmetic is strict (no fused multiply-add), so this holds on every JVM.
 *
 * <p>The features' hidden-layer products are looked up by index in flat arrays instead of CoreNLP's
 * boxed-key maps and its synchronized least-recently-used cache: the products precomputed at load
 * (CoreNLP's own {@code saved}, in double precision, added as CoreNLP adds them) and, for the other
 * features, a cache of products as CoreNLP caches them ({@code float}) holding at most
 * {@code cachedProducts}, which drops the products not read lately first ({@link ProductCache}). A
 * cached product is the array a recomputation gives, so the cache decides time, never scores.
 * Thread-safe: each call works on its own arrays; the cache is thread-safe.
 *
 * <p>Lives in CoreNLP's package because {@code computeScores} is package-private there; CoreNLP types
 * stay inside {@code parley-nlp}.
 */
public final class TransposedClassifier extends Classifier {

    /** Feature order ({@code DependencyParser.getFeatureArray}): 18 words from the stack's third, 18 tags, 12 labels. */
    private static final int THIRD_ON_STACK_TAG = 18;

    private final int hiddenSize;
    private final int embeddingSize;
    private final int numTokens;
    private final float[][] embeddings;
    private final float[][] hiddenWeights;
    private final float[][] outputWeights;
    /** W1 transposed: row {@code position * embeddingSize + k} holds the weights of every hidden unit. */
    private final float[][] hiddenWeightsByInput;
    private final float[] hiddenBias;
    /** W2 transposed and widened (exactly) to double: row j holds hidden unit j's weight for every transition. */
    private final double[][] outputWeightsByHidden;
    private final int transitions;
    /**
     * Where each feature's (token × position) product is kept: {@code slot >= 0} in {@link #precomputed},
     * {@code slot <= -2} in {@link #pinned} at {@code -2 - slot}, -1 nowhere (computed and cached on use).
     */
    private final int[] precomputedSlot;
    private final double[][] precomputed;
    /** Products of the model's next most frequent features, computed at load as {@link #product} computes them. */
    private final float[][] pinned;
    private final ProductCache cached;
    /** The scores of a configuration with one legal transition: not computed, all zero; never written. */
    private final double[] unscored;
    /** The ids the parser gives the word and the tag of an empty stack or buffer position. */
    private final int nullWord;
    private final int nullTag;
    private final LongAdder scored = new LongAdder();
    private final LongAdder forced = new LongAdder();

    private TransposedClassifier(Config config, Classifier stock, double[][] precomputed,
                                 Map<Integer, Integer> precomputedIds, List<Integer> toPin, int cachedProducts,
                                 int nullWord, int nullTag) {
        super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], List.of());
        this.hiddenSize = config.hiddenSize;
        this.embeddingSize = config.embeddingSize;
        this.numTokens = Config.numTokens;
        this.embeddings = stock.getE();
        this.hiddenBias = stock.getb1();
        float[][] w1 = stock.getW1();
        this.hiddenWeights = w1;
        this.hiddenWeightsByInput = new float[w1[0].length][hiddenSize];
        for (int unit = 0; unit < hiddenSize; unit++) {
            for (int input = 0; input < w1[unit].length; input++) {
                hiddenWeightsByInput[input][unit] = w1[unit][input];
            }
        }
        float[][] w2 = stock.getW2();
        this.outputWeights = w2;
        this.transitions = w2.length;
        this.outputWeightsByHidden = new double[hiddenSize][transitions];
        for (int t = 0; t < transitions; t++) {
            for (int unit = 0; unit < hiddenSize; unit++) {
                outputWeightsByHidden[unit][t] = w2[t][unit];
            }
        }
        this.precomputed = precomputed;
        this.precomputedSlot = new int[embeddings.length * numTokens];
        java.util.Arrays.fill(precomputedSlot, -1);
        precomputedIds.forEach((feature, slot) -> precomputedSlot[feature] = slot);
        this.pinned = new float[toPin.size()][];
        for (int k = 0; k < toPin.size(); k++) {
            int feature = toPin.get(k);
            pinned[k] = compute(feature / numTokens, (feature % numTokens) * embeddingSize);
            precomputedSlot[feature] = -2 - k;
        }
        this.cached = new ProductCache(embeddings.length * numTokens, cachedProducts);
        this.unscored = new double[transitions];
        this.nullWord = nullWord;
        this.nullTag = nullTag;
    }

    /**
     * Replaces {@code parser}'s classifier with one that scores alike; keeps at most
     * {@code cachedProducts} feature products (hiddenSize floats each) besides the precomputed ones.
     *
     * @throws IllegalStateException when this CoreNLP version's parser is not laid out as expected
     */
    public static void install(DependencyParser parser, int cachedProducts) {
        install(parser, cachedProducts, 0);
    }

    /**
     * As {@link #install(DependencyParser, int)}, and computes at load the products of the model's most
     * frequent features up to rank {@code pinnedUpTo} (the model lists 99,990 by training frequency; CoreNLP
     * precomputes the first {@code numPreComputed}, 20,000 by default, in double precision) as
     * {@code float} arrays kept for the parser's life: exactly the arrays a first use would compute and
     * cache, so scores do not change; only when they are computed (once, at load) does.
     */
    public static void install(DependencyParser parser, int cachedProducts, int pinnedUpTo) {
        try {
            Classifier stock = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            Config config = (Config) field(DependencyParser.class, "config").get(parser);
            double[][] saved = (double[][]) field(Classifier.class, "saved").get(stock);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(stock);
            if (stock instanceof TransposedClassifier) {
                return;
            }
            if (saved == null && !preMap.isEmpty()) {
                throw new IllegalStateException("the parser's features are not precomputed");
            }
            @SuppressWarnings("unchecked")
            List<Integer> ranked = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
            List<Integer> toPin = new java.util.ArrayList<>();
            for (int rank = 0; rank < Math.min(pinnedUpTo, ranked.size()); rank++) {
                if (!preMap.containsKey(ranked.get(rank))) {
                    toPin.add(ranked.get(rank));
                }
            }
            TransposedClassifier fast = new TransposedClassifier(config, stock,
                    saved == null ? new double[0][] : saved, preMap, toPin, cachedProducts,
                    parser.getWordID(Config.NULL), parser.getPosID(Config.NULL));
            field(DependencyParser.class, "classifier").set(parser, fast);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("CoreNLP's DependencyParser is not laid out as expected", e);
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** Configurations scored, and those with one legal transition, which were not. */
    public long[] scoredAndForced() {
        return new long[] {scored.sum(), forced.sum()};
    }

    /** Feature products computed (and cached) so far, and cached products dropped to make room. */
    public long[] productsComputedAndDropped() {
        return cached.addedAndDropped();
    }

    /**
     * With at most two elements on the stack (its third word and tag, features 0 and 18, are the empty
     * position's) arc-standard allows one transition: SHIFT, or with the buffer empty the root arc. The
     * parser picks the best legal transition, so its choice does not depend on the scores: they are
     * not computed (all zero; the parser only reads them).
     */
    @Override
    double[] computeScores(int[] feature) {
        if (feature[0] == nullWord && feature[THIRD_ON_STACK_TAG] == nullTag) {
            forced.increment();
            return unscored;
        }
        scored.increment();
        double[] hidden = new double[hiddenSize];
        int offset = 0;
        for (int position = 0; position < feature.length; position++) {
            int token = feature[position];
            int index = token * numTokens + position;
            int slot = precomputedSlot[index];
            if (slot >= 0) {
                addInPlace(hidden, precomputed[slot]);
            } else if (slot < -1) {
                addInPlace(hidden, pinned[-2 - slot]);
            } else {
                addInPlace(hidden, product(index, token, offset));
            }
            offset += embeddingSize;
        }
        for (int unit = 0; unit < hiddenSize; unit++) {
            hidden[unit] += hiddenBias[unit];
            hidden[unit] = hidden[unit] * hidden[unit] * hidden[unit];
        }
        return outputs(hidden);
    }

    /** The feature's product as CoreNLP's cache holds it: float of each unit's double sum, in input order. */
    private float[] product(int index, int token, int offset) {
        float[] known = cached.get(index);
        if (known != null) {
            return known;
        }
        float[] product = compute(token, offset);
        cached.put(index, product);
        return product;
    }

    /** The product of {@code token}'s embedding and the hidden weights of the inputs from {@code offset}. */
    private float[] compute(int token, int offset) {
        float[] embedding = embeddings[token];
        double[] partial = new double[hiddenSize];
        for (int k = 0; k < embedding.length; k++) {
            float e = embedding[k];
            float[] weights = hiddenWeightsByInput[offset + k];
            for (int unit = 0; unit < hiddenSize; unit++) {
                partial[unit] += weights[unit] * e;
            }
        }
        float[] product = new float[hiddenSize];
        for (int unit = 0; unit < hiddenSize; unit++) {
            product[unit] = (float) partial[unit];
        }
        return product;
    }

    private double[] outputs(double[] hidden) {
        double[] scores = new double[transitions];
        for (int unit = 0; unit < hiddenSize; unit++) {
            double h = hidden[unit];
            double[] weights = outputWeightsByHidden[unit];
            for (int t = 0; t < transitions; t++) {
                scores[t] += h * weights[t];
            }
        }
        return scores;
    }

    @Override
    public float[][] getW1() {
        return hiddenWeights;
    }

    @Override
    public float[] getb1() {
        return hiddenBias;
    }

    @Override
    public float[][] getW2() {
        return outputWeights;
    }

    @Override
    public float[][] getE() {
        return embeddings;
    }

    private static void addInPlace(double[] sum, double[] terms) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += terms[i];
        }
    }

    private static void addInPlace(double[] sum, float[] terms) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += terms[i];
        }
    }
}
