package org.parley.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.model.Origin;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

class ArticleJoinerTest {

    /** Article i: a title, a first paragraph and a second one, {@code 2 * words} words in all. */
    private static RawArticle article(int i, int words) {
        String paragraph = IntStream.range(0, words).mapToObj(w -> "word" + i + "x" + w).collect(Collectors.joining(" "));
        return new RawArticle(Origin.file("dir/a" + i + ".json", "a" + i + ".json"), SourceFormat.JSON,
                paragraph + "\n\n" + paragraph + "\n", "Title " + i, "https://example.org/" + i, "example.org", "en",
                "2024-03-0" + (1 + i), null, null);
    }

    private static List<RawArticle> corpus(int... words) {
        return IntStream.range(0, words.length).mapToObj(i -> article(i, words[i])).toList();
    }

    @Test
    void joinsConsecutiveArticlesUntilTheyHaveTheWordsAsked() {
        // 40, 40, 40 | 100 | 30, 30, 30 words
        List<RawArticle> out = ArticleJoiner.join(corpus(20, 20, 20, 50, 15, 15, 15), 90);

        assertThat(out).extracting(a -> a.origin().doc()).containsExactly("a0.json+2", "a3.json", "a4.json+2");
        assertThat(out).extracting(a -> ArticleJoiner.words(a.text())).containsExactly(120, 100, 90);
    }

    @Test
    void usesEveryArticleOnceInCorpusOrderKeepingParagraphs() {
        List<RawArticle> corpus = corpus(20, 20, 20, 20);

        List<RawArticle> out = ArticleJoiner.join(corpus, 160);

        assertThat(out).hasSize(1);
        assertThat(out.get(0).text()).isEqualTo(corpus.stream().map(a -> a.text().strip()).collect(Collectors.joining("\n\n")));
        assertThat(out.get(0).text().split("\n\n")).hasSize(8);
    }

    @Test
    void keepsTheFirstPartsMetadata() {
        RawArticle joined = ArticleJoiner.join(corpus(20, 20), 80).get(0);
        RawArticle first = article(0, 20);

        assertThat(joined.title()).isEqualTo(first.title());
        assertThat(joined.url()).isEqualTo(first.url());
        assertThat(joined.publishedMetadata()).isEqualTo("2024-03-01");
        assertThat(joined.format()).isEqualTo(first.format());
        assertThat(joined.origin().path()).isEqualTo(first.origin().path());
    }

    @Test
    void aShortRemainderJoinsTheLastArticle() {
        // 100 | 100 | 20 words: the 20 go with the second
        List<RawArticle> out = ArticleJoiner.join(corpus(50, 50, 10), 100);

        assertThat(out).extracting(a -> ArticleJoiner.words(a.text())).containsExactly(100, 120);
        assertThat(out.get(1).origin().doc()).isEqualTo("a1.json+1");
    }

    @Test
    void aCorpusShorterThanAskedIsOneArticleAndALongArticleStaysAsItIs() {
        assertThat(ArticleJoiner.join(corpus(5, 5), 1000)).extracting(a -> ArticleJoiner.words(a.text())).containsExactly(20);
        assertThat(ArticleJoiner.join(corpus(600), 1000).get(0)).isEqualTo(article(0, 600));
        assertThat(ArticleJoiner.join(List.of(), 1000)).isEmpty();
    }

    @Test
    void countsWordsBetweenWhitespace() {
        assertThat(ArticleJoiner.words("  The minister,\n\nin Vienna\tsaid so. ")).isEqualTo(6);
        assertThat(ArticleJoiner.words(" \n ")).isZero();
    }

    @Test
    void refusesNonPositiveLengths() {
        assertThatThrownBy(() -> ArticleJoiner.join(corpus(5), 0)).hasMessageContaining("positive");
    }
}
