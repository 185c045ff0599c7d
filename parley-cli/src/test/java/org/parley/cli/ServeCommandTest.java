package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code parley serve} refuses, before opening anything, setups that would leave the API unguarded. */
class ServeCommandTest {

    @Test
    void refusesToListenBeyondThisMachineWithoutATokenAndPrintsNone() {
        Assumptions.assumeTrue(System.getenv("PARLEY_TOKEN") == null, "PARLEY_TOKEN is set here: skipping");
        CliRun run = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0", "--store", "/nonexistent/parley-store");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("needs a token").contains("PARLEY_TOKEN");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void readsNeedTokenNeedsAToken() {
        Assumptions.assumeTrue(System.getenv("PARLEY_TOKEN") == null, "PARLEY_TOKEN is set here: skipping");
        CliRun run = CliRun.of("serve", "--reads-need-token", "--port", "0", "--store", "/nonexistent/parley-store");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--reads-need-token needs --token");
    }
}
