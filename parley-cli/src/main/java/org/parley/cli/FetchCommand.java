package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.core.ingest.IngestSummary;
import org.parley.ingest.fetch.PoliteFetcher;
import org.parley.ingest.fetch.UrlListSource;
import org.parley.store.ArticleStores;
import org.parley.store.JdbcArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parley fetch URLS.txt}: fetches the pages a file lists and ingests them. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetches the web pages a file lists (one URL a line; blank lines and lines starting with # "
                + "are skipped) through the same polite fetcher as watch, and ingests them like HTML files.",
                "A page fetched before is asked for with its validators: one the site says is unchanged is not read again."})
final class FetchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URLS.txt", description = "A file of URLs, one a line.")
    Path urls;

    @Mixin
    StoreOption store = new StoreOption();

    @Mixin
    FetchSettings fetch = new FetchSettings();

    @Mixin
    AnnotationSettings annotation = new AnnotationSettings();

    @Override
    public Integer call() throws IOException {
        List<String> list = Files.readAllLines(urls).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        try (JdbcArticleStore articles = ArticleStores.open(store.location());
             ProgressListener progress = ProgressListener.forConsole()) {
            UrlListSource source = new UrlListSource(list, new PoliteFetcher(fetch.options()), articles.feedState());
            IngestSummary summary = annotation.ingester(articles, progress).ingest(source);
            progress.close();
            source.notes().forEach(note -> System.out.println("  " + note));
            System.out.print(summary.describe());
            IngestCommand.assignStories(articles);
            System.out.println("store: " + store.location() + " (" + articles.count() + " articles)");
            return summary.failed().isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
        }
    }
}
