package org.parley.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static BenchReport report() {
        Map<String, Long> stages = new LinkedHashMap<>();
        PipelineBench.STAGES.forEach(s -> stages.put(s, 0L));
        stages.put(PipelineBench.NLP, 3_000_000_000L);   // 3 s over 10 articles = 300 ms/article
        stages.put(PipelineBench.EXTRACT, 1_000_000_000L);
        BenchReport.Run parley = new BenchReport.Run(10, 5, 2.5, 5, 4000, 500, 1200, 700);
        BenchReport.Run corenlp = new BenchReport.Run(10, 60, 10, 20, 4100, 1100, 2500, 1600);
        return new BenchReport(10, 4, 2, stages, Map.of("ner", 1_000_000_000L), parley, corenlp, 3 * 1024 * 1024, 10,
                List.of(), List.of(new BenchReport.Growth(1000, 250, 200, 100, 900, 50, 80)), Optional.empty(), 3000);
    }

    @Test
    void finalLineCarriesRatesRatioAndHeapAsNumbers() {
        String line = report().finalLine();

        Matcher m = Pattern.compile("bench: articles=(\\d+) parley_articles_per_s=([0-9.]+) corenlp_articles_per_s=([0-9.]+) "
                + "ratio=([0-9.]+) peak_heap_mb=(\\d+)").matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        assertThat(m.group(1)).isEqualTo("10");
        assertThat(Double.parseDouble(m.group(2))).isEqualTo(4.0);
        assertThat(Double.parseDouble(m.group(3))).isEqualTo(1.0);
        assertThat(Double.parseDouble(m.group(4))).isEqualTo(4.0);
        assertThat(m.group(5)).isEqualTo("3000");
    }

    @Test
    void stageTableGivesMillisPerArticleAndShares() {
        String table = report().stageTable();

        assertThat(table).contains("| nlp | nlp | 300.00 | 75.0% |")
                .contains("| extract | extraction | 100.00 | 25.0% |")
                .contains("| **all stages** | | 400.00 | 100% |");
    }

    @Test
    void cpuLineComparesArticlesPerCpuSecond() {
        assertThat(report().cpuLine()).isEqualTo("cpu: parley_articles_per_cpu_s=2.000 corenlp_articles_per_cpu_s=0.500 cpu_ratio=4.000");
    }

    @Test
    void jvmCpuLineTakesTheCompilersOutOfBothRunsCpuRatio() {
        BenchReport r = report();
        // Parley 5 CPU-s of which 3 compiling; stock CoreNLP 20 of which 4: 10/2 over 10/16 articles per CPU-s = 8
        BenchReport split = new BenchReport(r.articles(), r.corpusArticles(), r.threads(), r.stageNanos(), r.nlpNanos(),
                new BenchReport.Run(10, 5, 2.5, 5, 4000, 500, 1200, 700, new JvmThreadsCpu(3_000_000_000L, 500_000_000L)),
                new BenchReport.Run(10, 60, 10, 20, 4100, 1100, 2500, 1600, new JvmThreadsCpu(4_000_000_000L, 2_000_000_000L)),
                0, 10, List.of(), List.of(), Optional.empty(), 1);

        assertThat(split.jvmCpuLine()).isEqualTo(
                "jvm-cpu: parley_jit_s=3.0 parley_gc_s=0.5 corenlp_jit_s=4.0 corenlp_gc_s=2.0 cpu_ratio_without_jit=8.000");
        assertThat(split.cpuLine()).as("the process CPU ratio is unchanged").endsWith("cpu_ratio=4.000");
    }

    @Test
    void jvmThreadsAreToldApartByTheirNames() {
        assertThat(JvmThreadsCpu.isCompiler("C2 CompilerThre")).isTrue();
        assertThat(JvmThreadsCpu.isCompiler("C1 CompilerThre")).isTrue();
        assertThat(JvmThreadsCpu.isCollector("GC Thread#1")).isTrue();
        assertThat(JvmThreadsCpu.isCollector("G1 Refine#0")).isTrue();
        assertThat(JvmThreadsCpu.isCollector("parley-annotate")).isFalse();
        assertThat(JvmThreadsCpu.isCompiler("parley-annotate")).isFalse();
    }

    @Test
    void storeSizeIsPerThousandArticles() {
        assertThat(report().storeMbPer1k()).isEqualTo(300.0);
    }

    @Test
    void growthTableNormalisesPerThousandArticles() {
        assertThat(report().growthTable()).contains("| 1,000 | 250 | 200 | 100 | 900 | 50 | 80 | 250 |");
    }

    @Test
    void ratioIsZeroWithoutAReference() {
        BenchReport r = report();
        BenchReport none = new BenchReport(r.articles(), r.corpusArticles(), r.threads(), r.stageNanos(), r.nlpNanos(),
                r.parley(), new BenchReport.Run(10, 0, 0, 0, 0, 0, 0, 0), 0, 0, List.of(), List.of(), Optional.empty(), 1);

        assertThat(none.ratio()).isZero();
        assertThat(none.cpuRatio()).isZero();
        assertThat(none.storeMbPer1k()).isZero();
    }

    @Test
    void modeLineSaysWhereThePipelinesRan() {
        BenchReport r = report();
        BenchReport forked = new BenchReport(r.articles(), r.corpusArticles(), r.threads(), r.stageNanos(), r.nlpNanos(),
                r.parley(), r.corenlp(), 0, 10, List.of(), List.of(), Optional.empty(), 1, PipelineBench.Mode.FORKED, 0, 0);

        assertThat(r.modeLine()).startsWith("mode: same-jvm (");
        assertThat(forked.modeLine()).startsWith("mode: forked (");
    }

    @Test
    void headerSaysHowTheArticlesWereMade() {
        BenchReport r = report();
        BenchReport joined = new BenchReport(r.articles(), 892, r.threads(), r.stageNanos(), r.nlpNanos(), r.parley(),
                r.corenlp(), 0, 10, List.of(), List.of(), Optional.empty(), 1, PipelineBench.Mode.FORKED, 1100, 11_504);

        assertThat(r.header()).isEqualTo("Parley bench: 10 articles (4 in the corpus), 2 threads");
        assertThat(joined.header()).isEqualTo("Parley bench: 10 articles (892 in the corpus, joined in corpus order into "
                + "articles of at least 1,100 words), 1,150 words per article on average, 2 threads");
    }
}
