package org.parley.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.core.extract.ArticleEventGrouper;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.ports.ArticleStore;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Event;
import org.parley.model.Story;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley stories}: the stories of the store (the articles, across outlets, that report the
 * same real-world event), computed from the stored annotations and findings, as a table or JSONL.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Groups the stored articles that report the same real-world event into stories, "
                + "by date, actors, place and content.",
                "jsonl follows shared/schema/story.schema.json; events are the ids of the member articles' "
                        + "own (non-background) events."})
final class StoriesCommand implements Callable<Integer> {

    enum Format { table, jsonl }

    private static final int PAGE = 500;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        try (ArticleStore articles = ArticleStores.open(store.location())) {
            List<StoryEvidence> evidence = new ArrayList<>();
            Map<ArticleId, List<String>> eventIds = new HashMap<>();
            for (int offset = 0; ; offset += PAGE) {
                List<Article> page = articles.articles(offset, PAGE);
                for (Article a : page) {
                    Optional<AnnotatedText> text = articles.annotation(a.id());
                    Optional<ArticleFindings> findings = articles.findings(a.id());
                    if (text.isPresent() && findings.isPresent()) {
                        evidence.add(StoryEvidence.of(a, text.get(), findings.get()));
                        eventIds.put(a.id(), ArticleEventGrouper.group(findings.get().events()).stream()
                                .filter(e -> !e.background()).map(Event::id).toList());
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            List<Story> stories = StoryClusterer.withDefaults().cluster(evidence);
            switch (format) {
                case jsonl -> stories.forEach(s -> System.out.println(ArticleViews.jsonLine(json(s, eventIds))));
                case table -> System.out.print(table(stories, evidence.size()));
            }
            return ExitCode.OK;
        }
    }

    static Map<String, Object> json(Story s, Map<ArticleId, List<String>> eventIds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("title", s.title());
        out.put("date", s.date());
        out.put("docs", s.docs());
        out.put("events", s.articles().stream().flatMap(a -> eventIds.getOrDefault(a, List.of()).stream())
                .distinct().toList());
        return out;
    }

    static String table(List<Story> stories, int articles) {
        StringBuilder out = new StringBuilder();
        String row = "%-22s  %-10s  %-50s  %s%n";
        out.append(String.format(row, "ID", "DATE", "TITLE", "DOCS"));
        for (Story s : stories) {
            out.append(String.format(row, s.id(), s.date() == null ? "unknown" : s.date(), ArticleViews.fit(s.title(), 50),
                    String.join(", ", s.docs())));
        }
        out.append(stories.size()).append(" stories from ").append(articles).append(" articles with findings\n");
        return out.toString();
    }
}
