package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parley extract}: recomputes events and commitments from the stored annotations. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Runs the events stage (actors, events, dates, commitments) on every annotated article whose "
                + "findings are missing or came from another version of Parley, from the stored annotations "
                + "(no re-annotation). `parley ingest` does this too; use this after upgrading Parley."})
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    StoreOption store = new StoreOption();

    @Override
    public Integer call() {
        try (ArticleStore articles = ArticleStores.open(store.location())) {
            List<String> failures = new ArrayList<>();
            int done = new Ingester(articles, Pipeline.stages(true), 1, ProgressListener.forConsole()).extractPending(failures);
            System.out.println("events extracted from " + done + " articles");
            failures.forEach(f -> System.out.println("  failed: " + f));
            return failures.isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
        }
    }
}
