package org.parley.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineRunTest {

    private static PipelineRun parleyRun() {
        Map<String, Long> stages = new LinkedHashMap<>();
        // not in alphabetical order: the report prints the stages in the order they come
        stages.put(PipelineBench.READ, 12L);
        stages.put(PipelineBench.NLP, 3_000_000_123L);
        stages.put(PipelineBench.EXTRACT, 1_000_000_000L);
        stages.put(PipelineBench.CONSOLIDATE, 7L);
        Map<String, Long> steps = new LinkedHashMap<>();
        steps.put("tokenize", 5L);
        steps.put("depparse", 9L);
        BenchReport.Run run = new BenchReport.Run(10, 61.25, 2.5, 5.125, 4000, 500, 1200, 700,
                new JvmThreadsCpu(3_000_000_000L, 250_000_000L));
        return new PipelineRun(run, stages, steps, 3 * 1024 * 1024, 9, List.of("a.txt: too short"),
                List.of(new BenchReport.Growth(1000, 250, 200, 100, 900, 50, 80)), 2222);
    }

    @Test
    void aRunComesBackFromJsonAsItWent() {
        PipelineRun run = parleyRun();

        PipelineRun back = PipelineRun.fromJson(run.toJson());

        assertThat(back).isEqualTo(run);
        assertThat(back.run().jitSeconds()).isEqualTo(3.0);
        assertThat(back.stageNanos().keySet()).containsExactly(PipelineBench.READ, PipelineBench.NLP,
                PipelineBench.EXTRACT, PipelineBench.CONSOLIDATE);
        assertThat(back.nlpNanos().keySet()).containsExactly("tokenize", "depparse");
    }

    @Test
    void theJsonNamesTheFigures() {
        assertThat(parleyRun().toJson()).contains("\"cpuSeconds\":5.125").contains("\"jitNanos\":3000000000")
                .contains("\"peakHeapMb\":2222").contains("\"failures\":[\"a.txt: too short\"]");
    }

    @Test
    void aStockRunHasNoStagesStoreOrGrowth(@TempDir Path dir) {
        PipelineRun stock = PipelineRun.annotationOnly(new BenchReport.Run(10, 60, 10, 20, 4100, 1100, 2500, 1600), 3000);
        Path file = dir.resolve("stock-run.json");

        stock.write(file);

        PipelineRun back = PipelineRun.read(file);
        assertThat(back).isEqualTo(stock);
        assertThat(back.stageNanos()).isEmpty();
        assertThat(back.growth()).isEmpty();
        assertThat(back.run().jvm()).isEqualTo(new JvmThreadsCpu(0, 0));
    }

    @Test
    void somethingElseIsNotARun() {
        assertThatThrownBy(() -> PipelineRun.fromJson("{\"articles\": 3}")).hasMessageContaining("not a bench run");
    }
}
