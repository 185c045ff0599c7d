package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void readsStoreSizesAsAList() {
        assertThat(BenchCommand.parseSizes("1000,10_000, 100000")).containsExactly(1000, 10_000, 100_000);
    }

    @Test
    void noneMeansNoGrowthRuns() {
        assertThat(BenchCommand.parseSizes("none")).isEmpty();
        assertThat(BenchCommand.parseSizes(" ")).isEmpty();
    }

    @Test
    void rejectsNonPositiveOrMalformedSizesNamingThem() {
        assertThatThrownBy(() -> BenchCommand.parseSizes("1000,0")).hasMessageContaining("'0'");
        assertThatThrownBy(() -> BenchCommand.parseSizes("1k")).hasMessageContaining("'1k'");
    }

    @Test
    void aBadStoreSizeIsAUsageError() {
        CliRun run = CliRun.of("bench", "--store-sizes", "ten");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--store-sizes").contains("'ten'");
    }

    @Test
    void aNegativeArticleLengthIsAUsageError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CliRun run = CliRun.of("bench", "--corpus", dir.toString(), "--article-words", "-5", "--store-sizes", "none");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("-5");
    }
}
