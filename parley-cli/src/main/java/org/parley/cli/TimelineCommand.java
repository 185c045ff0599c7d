package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.core.consolidate.TimelineBuilder;
import org.parley.core.consolidate.TimelineEntry;
import org.parley.core.consolidate.TimelineRow;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.ContractJson;
import org.parley.engine.EventCatalog;
import org.parley.model.Event;
import org.parley.store.ArticleStores;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley timeline}: the consolidated events of a dyad or an actor, in date order.
 *
 * <p>Consolidates across every article in the store (reports of one event by several outlets
 * become one line with the number of sources and a conflict marker). By default only headline
 * events are shown (consultations, agreements, aid, cooperation); {@code --all} adds statements
 * of support, requests and the like.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Lists the events between two countries (--between USA VNM) or of one actor (--actor NAME) "
                + "in date order, each real event once with all its sources.",
                "Dates show their precision (2023-09 is a month); '~' marks an inferred date; '!' marks fields on "
                        + "which sources disagree (see --format jsonl for the values and their documents).",
                "By default shows CONSULT, AGREE, AID and COOPERATE events; --all shows every type.",
                "The table folds the acts said during a meeting, call or visit beneath it (--flat: one row per record); "
                        + "csv and jsonl keep one line per record, with the id of the event it was said during."})
final class TimelineCommand implements Callable<Integer> {

    enum Format { table, jsonl, csv }

    private static final int PAGE = 500;

    static final class Scope {
        @Option(names = "--between", arity = "2", paramLabel = "ISO3", description = "Two ISO alpha-3 country codes (e.g. USA VNM).")
        List<String> between;

        @Option(names = "--actor", paramLabel = "NAME", description = "Part of an actor's name (e.g. \"Antony Blinken\").")
        String actor;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--all", description = "Show every event type, not only consultations, agreements, aid and cooperation.")
    boolean all;

    @Option(names = "--flat", description = "In the table, one row per record instead of acts folded beneath their meeting.")
    boolean flat;

    @Override
    public Integer call() {
        try (ArticleStore articles = ArticleStores.open(store.location())) {
            List<Event> events = consolidated(articles);
            List<TimelineEntry> timeline = scope.between != null
                    ? TimelineBuilder.between(events, scope.between.get(0), scope.between.get(1), all)
                    : TimelineBuilder.ofActor(events, scope.actor, all);
            switch (format) {
                case jsonl -> timeline.forEach(t -> System.out.println(ArticleViews.jsonLine(ContractJson.event(t.event()))));
                case csv -> System.out.print(csv(timeline));
                case table -> System.out.print(flat ? table(timeline) : folded(timeline));
            }
            return ExitCode.OK;
        }
    }

    /** Every article's findings in the store, consolidated across articles. */
    static List<Event> consolidated(ArticleStore store) {
        return new EventCatalog(store).consolidated();
    }

    private static final String ROW = "%-12s  %-20s  %-50s  %-16s  %7s  %s%n";
    private static final String KEY = "'~' inferred date, '(bg)' only mentioned as background, '!' sources disagree\n";

    /** One row per record. */
    static String table(List<TimelineEntry> timeline) {
        StringBuilder out = new StringBuilder(header());
        timeline.forEach(t -> out.append(line(t, "")));
        out.append(timeline.size()).append(" events; ").append(KEY);
        return out.toString();
    }

    /** The table with each act beneath the meeting it was said during ({@link TimelineRow}). */
    static String folded(List<TimelineEntry> timeline) {
        StringBuilder out = new StringBuilder(header());
        List<TimelineRow> rows = TimelineRow.fold(timeline);
        for (TimelineRow r : rows) {
            out.append(line(r.entry(), ""));
            r.acts().forEach(a -> out.append(line(a, "  └ ")));
        }
        out.append(rows.size()).append(" rows, ").append(timeline.size()).append(" events; '└' said during the row above, ")
                .append(KEY);
        return out.toString();
    }

    private static String header() {
        return String.format(ROW, "DATE", "TYPE/MODE", "ACTORS", "PLACE", "SOURCES", "CONFLICTS");
    }

    private static String line(TimelineEntry t, String indent) {
        return String.format(ROW, t.date(), ArticleViews.fit(indent + t.kind(), 20), ArticleViews.fit(t.actors(), 50),
                ArticleViews.fit(t.place(), 16), t.sources(), t.disputed().isEmpty() ? "" : "! " + String.join(", ", t.disputed()));
    }

    static String csv(List<TimelineEntry> timeline) {
        StringBuilder out = new StringBuilder("id,date,type,mode,actors,place,sources,conflicts,during\n");
        for (TimelineEntry t : timeline) {
            Event e = t.event();
            out.append(String.join(",", e.id(), t.date(), e.type(), Optional.ofNullable(e.mode()).orElse(""),
                    quote(t.actors()), quote(t.place()), String.valueOf(t.sources()), quote(String.join(" ", t.disputed())),
                    Optional.ofNullable(e.during()).orElse("")))
                    .append('\n');
        }
        return out.toString();
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
