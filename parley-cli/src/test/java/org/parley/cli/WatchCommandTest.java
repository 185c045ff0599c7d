package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondWatchOnTheSameStoreFetchesNoPageAgain() throws Exception {
        String store = tmp.resolve("store").toString();
        try (FeedSite site = new FeedSite(3)) {
            CliRun first = CliRun.of("watch", site.url("/feed.xml"), "--once", "--no-annotate", "--store", store,
                    "--delay", "10ms");
            CliRun second = CliRun.of("watch", site.url("/feed.xml"), "--once", "--no-annotate", "--store", store,
                    "--delay", "10ms");

            assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
            assertThat(first.out()).contains(site.url("/feed.xml") + ": 3 item(s), 3 new").contains("new 3,");
            assertThat(second.out()).contains(site.url("/feed.xml") + ": 3 item(s), 0 new").contains("new 0,");
            assertThat(site.pageRequests()).isEqualTo(3);
        }
    }

    @Test
    void fetchReadsAListOfUrlsAndSkipsCommentsAndBlankLines() throws Exception {
        String store = tmp.resolve("store").toString();
        try (FeedSite site = new FeedSite(2)) {
            Path urls = Files.writeString(tmp.resolve("urls.txt"),
                    "# two reports\n" + site.url("/news/0") + "\n\n" + site.url("/news/1") + "\n" + site.url("/missing") + "\n");

            CliRun run = CliRun.of("fetch", urls.toString(), "--no-annotate", "--store", store, "--delay", "10ms");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.SOME_FAILED);
            assertThat(run.out()).contains("new 2,").contains("failed: " + site.url("/missing") + ": HTTP 404");
        }
    }

    @Test
    void helpDescribesTheOptions() {
        assertThat(CliRun.of("watch", "--help").out()).contains("--every", "--once", "--store", "--user-agent", "--delay");
        assertThat(CliRun.of("fetch", "--help").out()).contains("URLS.txt", "--timeout", "--retries");
    }
}
