package org.parley.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchArticlesTest {

    @TempDir
    Path dir;

    private PipelineBench.Settings settings(int articles, int articleWords) throws IOException {
        for (int i = 0; i < 6; i++) {
            // 20 words each
            Files.writeString(dir.resolve("corpus").resolve("a" + i + ".txt"), "Talks number " + i + """

                    The foreign ministers of two countries met on Monday in a capital city to discuss
                    their trade.
                    """);
        }
        return new PipelineBench.Settings(List.of(dir.resolve("corpus")), articles, articleWords, List.of(), 2, 1,
                dir.resolve("work"), PipelineBench.Mode.FORKED);
    }

    private static PrintStream sink() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void joinsTheCorpusBeforeTakingTheArticlesAsked() throws IOException {
        Files.createDirectories(dir.resolve("corpus"));

        BenchArticles all = BenchArticles.of(settings(0, 60), sink());
        BenchArticles one = BenchArticles.of(settings(1, 60), sink());

        assertThat(all.corpusArticles()).isEqualTo(6);
        assertThat(all.articles()).hasSize(2);
        assertThat(all.words()).isEqualTo(120);
        assertThat(all.articles().get(0).text()).contains("Talks number 0").contains("Talks number 2")
                .doesNotContain("Talks number 3");
        assertThat(one.articles()).containsExactly(all.articles().get(0));
        assertThat(all.warmup(1)).containsExactly(all.articles().get(0));
        assertThat(all.readNanos()).isPositive();
    }

    @Test
    void isTheSameInEveryJvmThatMakesIt() throws IOException {
        Files.createDirectories(dir.resolve("corpus"));

        assertThat(BenchArticles.of(settings(9, 0), sink()).articles())
                .isEqualTo(BenchArticles.of(settings(9, 0), sink()).articles())
                .hasSize(9);
    }
}
