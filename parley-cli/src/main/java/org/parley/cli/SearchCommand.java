package org.parley.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.ports.ArticleStore;
import org.parley.search.SearchHit;
import org.parley.search.SearchQuery;
import org.parley.search.SearchResults;
import org.parley.server.CatalogSnapshot;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley search QUERY}: full-text search over the store's articles and event evidence. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the articles and the evidence of the events (Lucene query syntax: words must all "
                + "match; \"a phrase\", title:word, word* work; anything else is searched as plain words).",
                "Matches are shown in [brackets]; the facet counts follow the hits."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined).")
    List<String> words;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--kind", description = "article or event (default: both).")
    SearchHit.Kind kind;

    @Option(names = "--limit", defaultValue = "20", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        try (ArticleStore articles = ArticleStores.open(store.location())) {
            CatalogSnapshot catalog = CatalogSnapshot.of(articles);
            SearchResults r = catalog.search().search(new SearchQuery(String.join(" ", words), kind, Map.of(), 0, limit));
            if (r.literal()) {
                System.out.println("(not valid query syntax: searched for the words as written)");
            }
            for (SearchHit h : r.hits()) {
                System.out.printf("%-7s  %-24s  %-10s  %s%n", h.kind().name().toLowerCase(java.util.Locale.ROOT),
                        h.id().length() > 24 ? h.id().substring(0, 24) : h.id(), h.date() == null ? "" : h.date(), h.title());
                h.snippets().forEach(s -> System.out.println("         " + plain(s).replace('\n', ' ')));
            }
            System.out.println(r.total() + " hits");
            r.facets().forEach((dim, counts) -> {
                if (!counts.isEmpty()) {
                    System.out.println("  " + dim + ": " + String.join(", ",
                            counts.stream().map(c -> c.value() + " " + c.count()).toList()));
                }
            });
            return ExitCode.OK;
        }
    }

    /** A snippet for a terminal: marks as brackets, HTML entities decoded. */
    static String plain(String snippet) {
        return snippet.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }
}
