package org.parley.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.Annotator;
import org.parley.model.AnnotatedText;
import org.parley.model.CleanText;
import org.parley.model.OffsetMap;
import org.parley.model.PublicationDate;

/**
 * A child process of {@link TwoWritersContract}: an {@link Ingester} that annotates the pending articles
 * of a store with a slow stand-in annotator. Prints {@code ready} once the store is open, waits for a
 * line on its input (so that every writer starts together), annotates, then prints
 * {@code annotated <n>} and any failures.
 *
 * <p>Arguments: {@code <store> <annotate-millis> <lease-millis> <workers>}.
 */
public final class AnnotatingWriterProcess {

    private AnnotatingWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        long annotateMillis = Long.parseLong(args[1]);
        Duration lease = Duration.ofMillis(Long.parseLong(args[2]));
        int workers = Integer.parseInt(args[3]);
        try (JdbcArticleStore store = ArticleStores.open(args[0])) {
            Ingester ingester = new Ingester(store, stages(slowAnnotator(annotateMillis)), workers,
                    IngestListener.SILENT).withClaimLease(lease);
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            List<String> failures = new ArrayList<>();
            int annotated = ingester.annotatePending(failures);
            System.out.println("annotated " + annotated);
            failures.forEach(f -> System.out.println("failure " + f));
        }
    }

    private static Ingester.Stages stages(Annotator annotator) {
        return new Ingester.Stages(text -> new CleanText(text, List.of(), List.of(), OffsetMap.identity(text.length())),
                raw -> PublicationDate.UNKNOWN, text -> "en", Optional.of(annotator), Set.of("en"));
    }

    private static Annotator slowAnnotator(long millis) {
        return new Annotator() {
            @Override
            public String name() {
                return "slow-test-annotator";
            }

            @Override
            public AnnotatedText annotate(String cleanText, PublicationDate published) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                return SampleArticles.annotation(name());
            }
        };
    }
}
