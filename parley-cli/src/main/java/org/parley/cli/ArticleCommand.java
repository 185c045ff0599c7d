package org.parley.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.core.ports.ArticleStore;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.CleanText;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parley article ID}: one article with its clean text, what cleaning removed, and what NLP found. */
@Command(name = "article", mixinStandardHelpOptions = true,
        description = "Shows one article: metadata, publication date with its evidence, clean text with captions marked, "
                + "removed boilerplate lines, and the annotation's entities and time expressions.")
final class ArticleCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "Article id, or a unique prefix of it (as in `parley articles`).")
    String id;

    @Mixin
    StoreOption store = new StoreOption();

    @Override
    public Integer call() {
        try (ArticleStore articles = ArticleStores.open(store.location())) {
            Optional<Article> found = find(articles, id);
            if (found.isEmpty()) {
                System.err.println("parley: no article with id " + id + " in " + store.location());
                return ExitCode.ERROR;
            }
            Article a = found.get();
            System.out.println(ArticleViews.jsonLine(ArticleViews.json(a, Optional.empty())));
            System.out.println();
            printClean(a.clean());
            articles.annotation(a.id()).ifPresent(t -> printAnnotation(a.clean().text(), t));
            return ExitCode.OK;
        }
    }

    static Optional<Article> find(ArticleStore articles, String idOrPrefix) {
        if (idOrPrefix.matches("[0-9a-f]{32}")) {
            return articles.article(new ArticleId(idOrPrefix));
        }
        // Prefix: scan in pages; stores are small enough for this on the command line.
        Article match = null;
        for (int offset = 0; ; offset += 1000) {
            var page = articles.articles(offset, 1000);
            for (Article a : page) {
                if (a.id().value().startsWith(idOrPrefix)) {
                    if (match != null) {
                        throw new IllegalArgumentException("id prefix " + idOrPrefix + " is ambiguous");
                    }
                    match = a;
                }
            }
            if (page.size() < 1000) {
                return Optional.ofNullable(match);
            }
        }
    }

    private static void printClean(CleanText clean) {
        System.out.println("--- clean text (captions in [caption: ...]) ---");
        String text = clean.text();
        int at = 0;
        for (var caption : clean.captions()) {
            System.out.print(text.substring(at, caption.begin()));
            System.out.print("[caption: " + caption.of(text) + "]");
            at = caption.end();
        }
        System.out.println(text.substring(at));
        if (!clean.removed().isEmpty()) {
            System.out.println("--- removed " + clean.removed().size() + " line(s) ---");
            clean.removed().forEach(r -> System.out.println("  [" + r.rule() + "] at " + r.original().begin()));
        }
    }

    private static void printAnnotation(String text, AnnotatedText t) {
        System.out.printf("--- annotation (%s): %d sentences, %d tokens ---%n", t.annotator(), t.sentences().size(), t.tokenCount());
        t.entities().forEach(e -> System.out.printf("  %-14s %s%s%n", e.type(), e.text(),
                e.normalized() == null ? "" : "  = " + e.normalized()));
        t.times().forEach(x -> System.out.printf("  %-14s %s  = %s%n", "TIME/" + x.type(), x.text(), x.value()));
    }
}
