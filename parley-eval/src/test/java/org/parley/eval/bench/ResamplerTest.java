package org.parley.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.core.ingest.ArticleIds;
import org.parley.model.Origin;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

class ResamplerTest {

    private static List<RawArticle> corpus(int n) {
        return IntStream.range(0, n).mapToObj(i -> new RawArticle(Origin.file("dir/a" + i + ".txt", "a" + i + ".txt"),
                SourceFormat.TEXT, "The foreign minister met his counterpart number " + i + ".", "Title " + i,
                "https://example.org/" + i, "example.org", "en", "2024-03-0" + (1 + i % 9), null, null)).toList();
    }

    @Test
    void takesAnEvenlySpacedSampleWhenAskedForFewer() {
        List<RawArticle> out = Resampler.resample(corpus(10), 5);

        assertThat(out).extracting(a -> a.origin().doc()).containsExactly("a0.txt", "a2.txt", "a4.txt", "a6.txt", "a8.txt");
    }

    @Test
    void returnsTheCorpusUnchangedAtItsOwnSize() {
        List<RawArticle> corpus = corpus(4);

        assertThat(Resampler.resample(corpus, 4)).isEqualTo(corpus);
    }

    @Test
    void cyclesWithDistinctNamesUrlsAndContentIdsWhenAskedForMore() {
        List<RawArticle> out = Resampler.resample(corpus(3), 8);

        assertThat(out).hasSize(8);
        assertThat(out.get(3).origin().doc()).isEqualTo("a0.txt#copy-1");
        assertThat(out.get(7).origin().doc()).isEqualTo("a1.txt#copy-2");
        assertThat(out.get(7).url()).isEqualTo("https://example.org/1#copy-2");
        assertThat(out.get(7).text()).startsWith(corpus(3).get(1).text()).endsWith("Copy 2.");
        assertThat(out.get(7).publishedMetadata()).isEqualTo(corpus(3).get(1).publishedMetadata());
        assertThat(new HashSet<>(out.stream().map(a -> ArticleIds.of(a.text())).toList())).hasSize(8);
        assertThat(new HashSet<>(out.stream().map(a -> a.origin().doc()).toList())).hasSize(8);
    }

    @Test
    void isDeterministic() {
        assertThat(Resampler.resample(corpus(7), 20)).isEqualTo(Resampler.resample(corpus(7), 20));
    }

    @Test
    void refusesAnEmptyCorpusAndNegativeSizes() {
        assertThatThrownBy(() -> Resampler.resample(List.of(), 3)).hasMessageContaining("empty corpus");
        assertThatThrownBy(() -> Resampler.resample(corpus(2), -1)).hasMessageContaining("negative");
        assertThat(Resampler.resample(List.of(), 0)).isEmpty();
    }
}
