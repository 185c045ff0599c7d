package org.parley.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.EventCatalog;
import org.parley.model.Actor;
import org.parley.model.Conflict;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parley show EVENT_ID}: one event, every field with the sentences that support it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one event: type, date (with how it was obtained), place, actors with roles and countries, "
                + "topics, conflicts between sources, and every sentence that reports it.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "EVENT_ID", description = "An event id as printed by `parley events` (ev-...).")
    String id;

    @Mixin
    StoreOption store = new StoreOption();

    @Override
    public Integer call() {
        try (ArticleStore articles = ArticleStores.open(store.location())) {
            EventCatalog catalog = new EventCatalog(articles);
            Optional<Event> found = catalog.event(id);
            if (found.isEmpty()) {
                Optional<String> now = catalog.currentEventId(id);
                if (now.isEmpty()) {
                    System.err.println("parley: no event with id " + id + " in " + store.location());
                    return ExitCode.ERROR;
                }
                // a merge retired the id: say so, then show the event it became
                System.err.println("parley: event " + id + " was merged into " + now.get());
                found = catalog.event(now.get());
            }
            System.out.print(describe(found.get()));
            return ExitCode.OK;
        }
    }

    static String describe(Event e) {
        StringBuilder out = new StringBuilder();
        out.append("event     ").append(e.id()).append(e.story() == null ? "" : "  (story " + e.story() + ")").append('\n');
        out.append("type      ").append(e.type()).append(e.mode() == null ? "" : " / " + e.mode())
                .append(e.cameo() == null ? "" : "   CAMEO " + e.cameo()).append(e.background() ? "   (background mention)" : "")
                .append('\n');
        out.append("date      ").append(e.date().iso() == null ? "unknown" : e.date().written()).append("  (")
                .append(e.date().precision().name().toLowerCase()).append(", ").append(e.date().basis().name().toLowerCase())
                .append(")\n");
        e.date().evidence().forEach(why -> out.append("            - ").append(why).append('\n'));
        out.append("place     ").append(e.location() == null ? "-" : e.location().name() + " (" + e.location().country()
                + (e.location().lat() == null ? "" : String.format(", %.3f, %.3f", e.location().lat(), e.location().lon())) + ")")
                .append('\n');
        e.source().forEach(a -> out.append("source    ").append(actor(a)).append('\n'));
        e.target().forEach(a -> out.append("target    ").append(actor(a)).append('\n'));
        out.append("topics    ").append(e.topics().isEmpty() ? "-" : String.join(", ", e.topics())).append('\n');
        for (Conflict c : e.conflicts()) {
            out.append("CONFLICT  ").append(c.field()).append(": ");
            c.values().forEach(v -> out.append(v.value()).append(" ").append(v.docs()).append("  "));
            if (c.explanation() != null) {
                out.append("— ").append(c.explanation());
            }
            out.append('\n');
        }
        out.append("evidence  ").append(e.mentions().size()).append(" mention(s)\n");
        for (EventMention m : e.mentions()) {
            out.append("  [").append(m.evidence().doc()).append(", sentence ").append(m.evidence().sentence())
                    .append(", chars ").append(m.evidence().span().begin()).append("-").append(m.evidence().span().end())
                    .append(", trigger \"").append(m.trigger()).append("\"]\n    ").append(m.evidence().text().strip()).append('\n');
        }
        return out.toString();
    }

    private static String actor(Actor a) {
        return a.name() + " — " + a.kind().name().toLowerCase() + (a.role() == null ? "" : ", " + a.role())
                + ", " + (a.country() == null ? "country unknown" : a.country()) + (a.sector() == null ? "" : ", " + a.sector());
    }
}
