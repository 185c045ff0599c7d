package org.parley.eval.bench;

import java.io.PrintStream;
import java.util.List;
import org.parley.model.RawArticle;

/**
 * The articles of one bench run, made the same way in every JVM that runs a pipeline (the bench's own
 * and each child's): the corpus read into memory, joined into long articles when asked
 * ({@link ArticleJoiner}), then resampled to the number asked ({@link Resampler}). Deterministic, so a
 * child JVM that reads the same corpus runs exactly the articles its parent would.
 *
 * @param articles       the articles to run, in order
 * @param corpusArticles articles the corpus held (before joining and resampling)
 * @param readNanos      the cost of reading the articles run: the corpus's warm read, in proportion
 * @param words          words in the articles run
 */
public record BenchArticles(List<RawArticle> articles, int corpusArticles, long readNanos, long words) {

    public BenchArticles {
        articles = List.copyOf(articles);
    }

    /** Reads the corpus of {@code settings} and makes its articles, reporting problems to {@code progress}. */
    public static BenchArticles of(PipelineBench.Settings settings, PrintStream progress) {
        // read twice, the second time timed: the readers' first use (class loading, interpreted code) is paid
        // once per process, and scaled to a cycled corpus it was up to 40% of Parley's CPU on the 5 seeds
        BenchCorpus.read(settings.corpus());
        BenchCorpus corpus = BenchCorpus.read(settings.corpus());
        corpus.problems().forEach(p -> progress.println("problem: " + p));
        if (corpus.articles().isEmpty()) {
            throw new IllegalArgumentException("no readable article in " + settings.corpus());
        }
        List<RawArticle> pool = settings.articleWords() == 0 ? corpus.articles()
                : ArticleJoiner.join(corpus.articles(), settings.articleWords());
        int n = settings.articles() == 0 ? pool.size() : settings.articles();
        List<RawArticle> articles = Resampler.resample(pool, n);
        long words = articles.stream().mapToLong(a -> ArticleJoiner.words(a.text())).sum();
        return new BenchArticles(articles, corpus.articles().size(), corpus.nanos() * n / pool.size(), words);
    }

    /** The first {@code n} articles: the warm-up. */
    public List<RawArticle> warmup(int n) {
        return articles.subList(0, Math.min(n, articles.size()));
    }
}
