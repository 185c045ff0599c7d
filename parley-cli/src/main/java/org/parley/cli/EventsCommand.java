package org.parley.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parley.core.extract.EventFilter;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.ContractJson;
import org.parley.engine.EventCatalog;
import org.parley.engine.export.ExportData;
import org.parley.engine.export.GdeltEventTable;
import org.parley.engine.export.GdeltExport;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley events}: the events in the store, filtered, as a table, JSONL or CSV. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists events (who met, called, visited, agreed with, supported or asked whom; when; where) "
                + "in date order.",
                "jsonl follows shared/schema/event.schema.json; gdelt prints the rows of the GDELT 2.0 Event table "
                + "(parley export gdelt writes it with the Mentions table and a manifest)."})
final class EventsCommand implements Callable<Integer> {

    enum Format { table, jsonl, gdelt }

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--format", defaultValue = "table", description = "table, jsonl or gdelt (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--actor", description = "Part of an actor's name or role (e.g. Blinken).")
    String actor;

    @Option(names = "--country", description = "ISO alpha-3 code of any actor (e.g. VNM).")
    String country;

    @Option(names = "--type", description = "PLOVER type, or type/mode (e.g. CONSULT/phone).")
    String type;

    @Option(names = "--from", description = "First day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", description = "Last day (YYYY-MM-DD).")
    LocalDate to;

    @Override
    public Integer call() {
        EventFilter filter = new EventFilter(actor, country, type, from, to);
        try (ArticleStore articles = ArticleStores.open(store.location())) {
            List<Event> events = new EventCatalog(articles).events(filter);
            switch (format) {
                case jsonl -> events.forEach(e -> System.out.println(ArticleViews.jsonLine(ContractJson.event(e))));
                case gdelt -> printGdelt(articles, events);
                case table -> System.out.print(table(events));
            }
            return ExitCode.OK;
        }
    }

    /** The filtered events as rows of the GDELT 2.0 Event table, tab-separated, as {@code parley export gdelt} writes them. */
    private static void printGdelt(ArticleStore articles, List<Event> events) {
        ExportData data = new ExportData(events, List.of(), List.of(), ExportData.articles(articles));
        GdeltEventTable table = GdeltEventTable.bundled();
        events.forEach(e -> System.out.print(GdeltExport.line(table.row(e, data))));
    }

    static String table(List<Event> events) {
        StringBuilder out = new StringBuilder();
        // as wide as the widest date: a period ("2023-09..2024-03") is wider than a day
        int dateWidth = Math.max(10, events.stream().mapToInt(e -> dateCell(e).length()).max().orElse(0));
        String row = "%-19s  %-" + dateWidth + "s  %-17s  %-30s  %-30s  %-16s  %s%n";
        out.append(String.format(row, "ID", "DATE", "TYPE/MODE", "SOURCE", "TARGET", "PLACE", "DOCS"));
        for (Event e : events) {
            String date = dateCell(e);
            String kind = e.type() + (e.mode() == null ? "" : "/" + e.mode()) + (e.background() ? " (bg)" : "")
                + (e.status().toCome() ? " (" + e.status().label() + ")" : "");
            String docs = e.mentions().stream().map(m -> m.evidence().doc()).distinct().collect(Collectors.joining(", "));
            out.append(String.format(row, e.id(), date, ArticleViews.fit(kind, 17), ArticleViews.fit(names(e.source()), 30),
                    ArticleViews.fit(names(e.target()), 30), ArticleViews.fit(e.location() == null ? "-" : e.location().name(), 16),
                    ArticleViews.fit(docs, 40)));
        }
        out.append(events.size()).append(" events; '~' marks an inferred date\n");
        return out.toString();
    }

    private static String dateCell(Event e) {
        return e.date().iso() == null ? "unknown" : e.date().written() + (e.date().inferred() ? "~" : "");
    }

    static String names(List<Actor> actors) {
        return actors.stream().map(a -> a.name() + (a.country() == null ? "" : " (" + a.country() + ")"))
                .collect(Collectors.joining(", "));
    }
}
