package org.parley.core.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.parley.core.data.TsvRows;

/**
 * Document frequencies of terms, and the tf-idf vectors they give: a term weighs
 * {@code (1 + ln tf) · (ln((1 + n) / (1 + df)) + 1)} (sublinear tf, smoothed idf, as in the tf-idf
 * document clustering the stories are measured against), and each bag (words, names) is a unit
 * vector, so the dot product of two is their cosine; the similarity of two articles weighs the
 * words' cosine {@value #WORD_SHARE}, the leads' {@value #LEAD_SHARE} and the names' the rest.
 *
 * <p>Two sources of frequencies: the articles being clustered ({@link #of}: the same set gives the
 * same weights in any order, but one more article changes every vector), or a fixed background
 * table ({@link #background()}: a pair's similarity then depends on the two articles only, which is
 * what lets stories be assigned incrementally). Immutable and thread-safe; serializable, so a
 * distributed run can broadcast it.
 */
public final class TermWeights implements java.io.Serializable {
    private static final long serialVersionUID = 3L;
    /** The bundled background table: word counts of a general English corpus (see its header). */
    static final String BACKGROUND = "background-words.tsv";
    /** Words per document when a corpus's word counts are read as document frequencies. */
    private static final int WORDS_PER_DOCUMENT = 500;

    private final Map<String, Integer> wordDf;
    private final Map<String, Integer> nameDf;
    private final int articles;
    private final boolean fixed;

    private TermWeights(Map<String, Integer> wordDf, Map<String, Integer> nameDf, int articles, boolean fixed) {
        this.wordDf = wordDf;
        this.nameDf = nameDf;
        this.articles = articles;
        this.fixed = fixed;
    }

    private static final class Bundled {
        static final TermWeights INSTANCE = readBackground();
    }

    /**
     * Weights from the bundled background table, the same whatever is clustered. The table gives
     * word counts in a corpus of {@code total} words; read as {@code total / 500} documents of 500
     * words, a word seen {@code c} times is in {@code D · (1 − e^(−c/D))} of them (each occurrence
     * falling in a document at random). A name weighs as its lower-cased form does as a word
     * ("Washington", "Obama"), and as a word the table lacks when it has none: the rarest.
     */
    public static TermWeights background() {
        return Bundled.INSTANCE;
    }

    private static TermWeights readBackground() {
        long total = Long.parseLong(TsvRows.headerValue(TermWeights.class, BACKGROUND, "total_words"));
        List<Map.Entry<String, Long>> counts = TsvRows.bundled(TermWeights.class, BACKGROUND, 2,
                row -> Map.entry(row.cell(0), row.whole(1, "count")));
        double documents = (double) total / WORDS_PER_DOCUMENT;
        Map<String, Integer> df = new HashMap<>();
        for (Map.Entry<String, Long> c : counts) {
            df.put(c.getKey(), (int) Math.round(documents * -Math.expm1(-c.getValue() / documents)));
        }
        return new TermWeights(Map.copyOf(df), Map.of(), (int) documents, true);
    }

    /** The weights of these articles' terms. */
    public static TermWeights of(Collection<ArticleTerms> terms) {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (ArticleTerms t : terms) {
            t.words().keySet().forEach(w -> words.merge(w, 1, Integer::sum));
            t.names().keySet().forEach(n -> names.merge(n, 1, Integer::sum));
        }
        return new TermWeights(Map.copyOf(words), Map.copyOf(names), terms.size(), false);
    }

    /**
     * Whether the frequencies are fixed (a background table) rather than counted over the articles
     * being clustered: fixed, every term is worth a blocking key, not only those another article has.
     */
    public boolean fixed() {
        return fixed;
    }

    /** How many articles contain the word (documents of the background corpus, when {@link #fixed}). */
    public int wordFrequency(String word) {
        return wordDf.getOrDefault(word, 0);
    }

    /** How many articles contain the name (as a word of the background corpus, when {@link #fixed}). */
    public int nameFrequency(String name) {
        return fixed ? wordDf.getOrDefault(name, 0) : nameDf.getOrDefault(name, 0);
    }

    public int articles() {
        return articles;
    }

    /**
     * The article's unit vectors under these weights, their terms numbered by {@code ids}: only
     * vectors numbered by one {@link TermIds} can be compared.
     */
    public Vectors vectors(ArticleTerms terms, TermIds ids) {
        return new Vectors(vector(terms.words(), this::wordFrequency, ids), vector(terms.names(), this::nameFrequency, ids),
                vector(terms.lead(), term -> Math.max(wordFrequency(term), nameFrequency(term)), ids));
    }

    private SparseVector vector(Map<String, Integer> counts, ToIntFunction<String> df, TermIds ids) {
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(null);
        String[] terms = keys.toArray(String[]::new);
        double[] weights = new double[terms.length];
        double norm = 0;
        for (int i = 0; i < terms.length; i++) {
            int f = Math.max(1, df.applyAsInt(terms[i]));
            weights[i] = (1 + Math.log(counts.get(terms[i]))) * (Math.log((1.0 + articles) / (1.0 + f)) + 1);
            norm += weights[i] * weights[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= norm;
        }
        return SparseVector.of(terms, weights, ids);
    }

    /**
     * The share of the whole text's words in the similarity. Names alone over-link reports of one
     * organisation's different events (two patches of one company, two arrests of one team's
     * players); without a lead, on ECB+ dev, word shares 0.4 / 0.5 / 0.6 / 0.7 / 0.8 / 1.0 (names the
     * rest) gave story pairwise F1 0.83 / 0.84 / 0.86 / 0.87 / 0.87 / 0.85 at the same threshold.
     */
    static final double WORD_SHARE = 0.5;
    /**
     * The share of the leads' words and names ({@link ArticleTerms#lead()}). On ECB+ dev at threshold
     * 0.6, words / lead / names 0.7 / 0 / 0.3 gave story pairwise F1 0.897; 0.5 / 0.3 / 0.2, 0.921;
     * 0.55 / 0.25 / 0.2, 0.913; 0.4 / 0.4 / 0.2, 0.891; 0.3 / 0.5 / 0.2, 0.886 (a lead alone is too thin).
     */
    static final double LEAD_SHARE = 0.3;

    /** An article's words, names and lead as unit vectors. */
    public record Vectors(SparseVector words, SparseVector names, SparseVector lead) {
        /** How alike two articles read: the cosines of their words, leads and names, weighted, in [0, 1]. */
        public double similarity(Vectors other) {
            return WORD_SHARE * words.dot(other.words) + LEAD_SHARE * lead.dot(other.lead)
                    + (1 - WORD_SHARE - LEAD_SHARE) * names.dot(other.names);
        }
    }

    /**
     * A unit vector over sorted terms. The weights are kept in the terms' order; the terms as their
     * numbers, in increasing order, each with its place in the terms' order. The dot product finds
     * the shared terms by walking the numbers (ints, not strings) and sums their products in the
     * terms' order, as a walk over the sorted strings would: the same sum, bit for bit.
     */
    public static final class SparseVector {
        private final TermIds ids;
        private final int[] numbers; // increasing
        // where the term numbered numbers[k] is in the terms' order: in chars (2 bytes) up to 65,536 terms
        private final char[] places;
        private final int[] widePlaces; // the same past 65,536 terms, else null
        private final double[] weights; // in the terms' order

        private SparseVector(TermIds ids, int[] numbers, int[] places, double[] weights) {
            this.ids = ids;
            this.numbers = numbers;
            boolean narrow = places.length <= Character.MAX_VALUE + 1;
            this.places = new char[narrow ? places.length : 0];
            for (int k = 0; narrow && k < places.length; k++) {
                this.places[k] = (char) places[k];
            }
            this.widePlaces = narrow ? null : places;
            this.weights = weights;
        }

        private int place(int k) {
            return widePlaces == null ? places[k] : widePlaces[k];
        }

        /** The vector of these sorted, distinct terms and their weights, the terms numbered by {@code ids}. */
        static SparseVector of(String[] sortedTerms, double[] weights, TermIds ids) {
            long[] byNumber = new long[sortedTerms.length];
            for (int p = 0; p < sortedTerms.length; p++) {
                byNumber[p] = (long) ids.id(sortedTerms[p]) << 32 | p;
            }
            Arrays.sort(byNumber);
            int[] numbers = new int[byNumber.length];
            int[] places = new int[byNumber.length];
            for (int k = 0; k < byNumber.length; k++) {
                numbers[k] = (int) (byNumber[k] >>> 32);
                places[k] = (int) byNumber[k];
            }
            return new SparseVector(ids, numbers, places, weights);
        }

        /**
         * The dot product: the shared terms are found by their numbers and marked by their places in
         * each vector; the k-th marked place of one vector and of the other are the same term (both
         * are in the terms' order), so the products are summed in that order.
         */
        public double dot(SparseVector other) {
            if (ids != other.ids) {
                throw new IllegalArgumentException("vectors numbered by different TermIds");
            }
            long[] mine = null;
            long[] theirs = null;
            int firstMine = -1;
            int firstTheirs = -1;
            int i = 0;
            int j = 0;
            while (i < numbers.length && j < other.numbers.length) {
                int x = numbers[i];
                int y = other.numbers[j];
                if (x == y) {
                    int p = place(i);
                    int q = other.place(j);
                    if (firstMine < 0) {
                        firstMine = p;
                        firstTheirs = q;
                    } else {
                        if (mine == null) {
                            mine = new long[(weights.length + 63) >>> 6];
                            theirs = new long[(other.weights.length + 63) >>> 6];
                            mine[firstMine >>> 6] |= 1L << firstMine;
                            theirs[firstTheirs >>> 6] |= 1L << firstTheirs;
                        }
                        mine[p >>> 6] |= 1L << p;
                        theirs[q >>> 6] |= 1L << q;
                    }
                    i++;
                    j++;
                } else if (x < y) {
                    i++;
                } else {
                    j++;
                }
            }
            double sum = 0;
            if (firstMine < 0) {
                return sum;
            }
            if (mine == null) {
                sum += weights[firstMine] * other.weights[firstTheirs];
                return sum;
            }
            int wordMine = 0;
            int wordTheirs = 0;
            long bitsMine = mine[0];
            long bitsTheirs = theirs[0];
            while (true) {
                while (bitsMine == 0 && ++wordMine < mine.length) {
                    bitsMine = mine[wordMine];
                }
                if (bitsMine == 0) {
                    return sum;
                }
                while (bitsTheirs == 0) {
                    bitsTheirs = theirs[++wordTheirs];
                }
                int p = wordMine << 6 | Long.numberOfTrailingZeros(bitsMine);
                int q = wordTheirs << 6 | Long.numberOfTrailingZeros(bitsTheirs);
                sum += weights[p] * other.weights[q];
                bitsMine &= bitsMine - 1;
                bitsTheirs &= bitsTheirs - 1;
            }
        }

        /** How many terms. */
        public int size() {
            return weights.length;
        }
    }
}
