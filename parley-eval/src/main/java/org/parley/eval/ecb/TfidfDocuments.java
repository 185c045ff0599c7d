package org.parley.eval.ecb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Documents as tf-idf vectors, built the way the published ECB+ document-clustering baseline builds
 * them (Barhom et al. 2019: scikit-learn's {@code TfidfVectorizer(max_df=0.5, min_df=3,
 * ngram_range=(1,3), stop_words='english')}): words of two or more letters or digits, lower-cased,
 * stop words dropped (Lucene's English list here), n-grams of the words left; a term in fewer than
 * {@code minDocs} documents or in more than {@code maxDocShare} of them is dropped; weight = count ×
 * smoothed idf {@code ln((1+n)/(1+df)) + 1}, each vector of unit length.
 *
 * <p>The idf is counted over the documents being clustered, as the baseline does: right for a batch
 * measurement, and why Parley's own clusterer reads a fixed background table instead (a story must
 * not change because unrelated articles arrived).
 */
public final class TfidfDocuments {

    /** A sparse vector: ascending term numbers and their weights. */
    public record Vector(int[] terms, double[] weights) {
        public double dot(double[] dense) {
            double sum = 0;
            for (int i = 0; i < terms.length; i++) {
                sum += weights[i] * dense[terms[i]];
            }
            return sum;
        }

        public double squaredNorm() {
            double sum = 0;
            for (double w : weights) {
                sum += w * w;
            }
            return sum;
        }
    }

    private final List<Vector> vectors;
    private final int dimensions;

    private TfidfDocuments(List<Vector> vectors, int dimensions) {
        this.vectors = List.copyOf(vectors);
        this.dimensions = dimensions;
    }

    public List<Vector> vectors() {
        return vectors;
    }

    /** Number of terms kept: the length of a dense centroid. */
    public int dimensions() {
        return dimensions;
    }

    public static TfidfDocuments of(List<String> texts, int minDocs, double maxDocShare, int longestGram) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> docFrequency = new HashMap<>();
        try (Analyzer analyzer = new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)) {
            for (String text : texts) {
                Map<String, Integer> c = grams(words(analyzer, text), longestGram);
                counts.add(c);
                c.keySet().forEach(t -> docFrequency.merge(t, 1, Integer::sum));
            }
        }
        int n = texts.size();
        // kept terms numbered in their sorted order
        Map<String, Integer> termIds = new HashMap<>();
        docFrequency.entrySet().stream()
                .filter(e -> e.getValue() >= minDocs && e.getValue() <= maxDocShare * n)
                .map(Map.Entry::getKey)
                .sorted()
                .forEach(t -> termIds.put(t, termIds.size()));
        List<Vector> vectors = new ArrayList<>();
        for (Map<String, Integer> c : counts) {
            TreeMap<Integer, Double> weights = new TreeMap<>();
            c.forEach((t, count) -> {
                Integer id = termIds.get(t);
                if (id != null) {
                    weights.put(id, count * (Math.log((1.0 + n) / (1.0 + docFrequency.get(t))) + 1));
                }
            });
            double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
            vectors.add(new Vector(weights.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    weights.values().stream().mapToDouble(w -> norm == 0 ? 0 : w / norm).toArray()));
        }
        return new TfidfDocuments(vectors, termIds.size());
    }

    // The analyzer's words of two characters or more (scikit-learn's default token pattern keeps no single characters).
    static List<String> words(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() >= 2) {
                    words.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    // Counts of every run of 1..longest consecutive words, joined by a space.
    static Map<String, Integer> grams(List<String> words, int longest) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder gram = new StringBuilder();
            for (int len = 1; len <= longest && i + len <= words.size(); len++) {
                gram.append(len == 1 ? "" : " ").append(words.get(i + len - 1));
                counts.merge(gram.toString(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
