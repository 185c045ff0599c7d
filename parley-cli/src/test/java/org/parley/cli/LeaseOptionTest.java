package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.core.ingest.Ingester;
import picocli.CommandLine;

class LeaseOptionTest {

    @Test
    void ingestAndServeDefaultToTheIngestersLease() {
        IngestCommand ingest = new IngestCommand();
        new CommandLine(ingest).parseArgs("in");
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();

        assertThat(ingest.lease.lease).isEqualTo(Ingester.DEFAULT_CLAIM_LEASE);
        assertThat(serve.lease.lease).isEqualTo(Ingester.DEFAULT_CLAIM_LEASE);
    }

    @Test
    void watchAndFetchTakeTheLeaseToo() {
        WatchCommand watch = new WatchCommand();
        new CommandLine(watch).parseArgs("--lease", "10m", "https://example.org/feed.xml");
        FetchCommand fetch = new FetchCommand();
        new CommandLine(fetch).parseArgs("urls.txt");

        assertThat(watch.annotation.lease.lease).isEqualTo(Duration.ofMinutes(10));
        assertThat(fetch.annotation.lease.lease).isEqualTo(Ingester.DEFAULT_CLAIM_LEASE);
        assertThat(CliRun.of("fetch", "--lease", "2s", "urls.txt").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void readsALeaseBetweenThreeSecondsAndADay() {
        IngestCommand ingest = new IngestCommand();
        new CommandLine(ingest).parseArgs("--lease", "5m", "in");
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--lease", "3s");

        assertThat(ingest.lease.lease).isEqualTo(Duration.ofMinutes(5));
        assertThat(serve.lease.lease).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void refusesALeaseTooShortTooLongOrNotADurationAsAUsageError() {
        for (String bad : new String[] {"2s", "500ms", "25h", "0s", "soon"}) {
            CliRun ingest = CliRun.of("ingest", "--lease", bad, "in");
            CliRun serve = CliRun.of("serve", "--lease", bad);

            assertThat(ingest.exitCode()).as(bad).isEqualTo(ExitCode.USAGE);
            assertThat(ingest.err()).as(bad).contains("--lease").contains("'" + bad + "'");
            assertThat(serve.exitCode()).as(bad).isEqualTo(ExitCode.USAGE);
        }
    }

    @Test
    void helpExplainsTheLease() {
        assertThat(CliRun.of("ingest", "--help").out()).contains("--lease=DURATION").contains("killed");
        assertThat(CliRun.of("serve", "--help").out()).contains("--lease=DURATION");
    }
}
