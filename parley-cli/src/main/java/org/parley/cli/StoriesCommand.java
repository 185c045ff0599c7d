package org.parley.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.EventCatalog;
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

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        try (ArticleStore articles = ArticleStores.open(store.location())) {
            EventCatalog catalog = new EventCatalog(articles);
            List<Story> stories = catalog.stories();
            Map<String, List<String>> eventIds = new HashMap<>();
            for (Event e : catalog.consolidated()) {
                if (e.story() != null && !e.background()) {
                    eventIds.computeIfAbsent(e.story(), k -> new ArrayList<>()).add(e.id());
                }
            }
            switch (format) {
                case jsonl -> stories.forEach(s -> System.out.println(ArticleViews.jsonLine(json(s, eventIds))));
                case table -> System.out.print(table(stories, stories.stream().mapToInt(s -> s.articles().size()).sum()));
            }
            return ExitCode.OK;
        }
    }

    static Map<String, Object> json(Story s, Map<String, List<String>> eventIds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("title", s.title());
        out.put("date", s.date());
        out.put("docs", s.docs());
        out.put("events", eventIds.getOrDefault(s.id(), List.of()));
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
