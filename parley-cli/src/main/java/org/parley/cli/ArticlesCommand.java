package org.parley.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.parley.core.ports.ArticleStore;
import org.parley.model.Article;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley articles}: lists the stored articles. */
@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "Lists stored articles with their outlet document, language, publication date and status.")
final class ArticlesCommand implements Callable<Integer> {

    enum Format { table, jsonl }

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many first (default: ${DEFAULT-VALUE}).")
    int offset;

    @Override
    public Integer call() {
        try (ArticleStore articles = ArticleStores.open(store.location())) {
            List<Article> page = articles.articles(offset, limit);
            if (format == Format.table) {
                System.out.print(ArticleViews.table(page));
            } else {
                for (Article a : page) {
                    System.out.println(ArticleViews.jsonLine(ArticleViews.json(a, articles.annotation(a.id()))));
                }
            }
            return ExitCode.OK;
        }
    }
}
