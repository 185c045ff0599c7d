package org.parley.eval.bench;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Origin;
import org.parley.model.RawArticle;

/**
 * Brings a corpus to exactly {@code n} articles, deterministically.
 *
 * <p>Fewer than the corpus: an evenly spaced selection (every k-th article), so that a small run
 * still draws from every folder of the corpus rather than from the first one only. More than the
 * corpus: the corpus is cycled; the c-th copy of an article ({@code c >= 1}) gets {@code #copy-c}
 * appended to its document name and URL and a one-sentence trailer ({@code "Copy c."}) appended to
 * its text.
 *
 * <p>Design decision: the trailer is there because Parley recognises an article by its normalized
 * text (a second identical text is a duplicate and is stored once), so an exact copy would measure
 * nothing after the store. A five-character sentence costs the NLP next to nothing; renaming the
 * document alone would not have been enough.
 */
public final class Resampler {

    private Resampler() {
    }

    /** {@code n} articles drawn from {@code corpus} as described above. */
    public static List<RawArticle> resample(List<RawArticle> corpus, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative number of articles: " + n);
        }
        if (n > 0 && corpus.isEmpty()) {
            throw new IllegalArgumentException("cannot resample an empty corpus to " + n + " articles");
        }
        List<RawArticle> out = new ArrayList<>(n);
        if (n <= corpus.size()) {
            for (int i = 0; i < n; i++) {
                out.add(corpus.get((int) ((long) i * corpus.size() / n)));
            }
            return out;
        }
        for (int i = 0; i < n; i++) {
            RawArticle a = corpus.get(i % corpus.size());
            int copy = i / corpus.size();
            out.add(copy == 0 ? a : copy(a, copy));
        }
        return out;
    }

    static RawArticle copy(RawArticle a, int copy) {
        String suffix = "#copy-" + copy;
        Origin o = a.origin();
        Origin origin = new Origin(o.doc() + suffix, o.path(), o.record() == null ? suffix.substring(1) : o.record() + ", " + suffix.substring(1));
        return new RawArticle(origin, a.format(), a.text() + "\n\nCopy " + copy + ".", a.title(),
                a.url() == null ? null : a.url() + suffix, a.site(), a.declaredLanguage(), a.publishedMetadata(),
                a.fallbackTime(), a.markup());
    }
}
