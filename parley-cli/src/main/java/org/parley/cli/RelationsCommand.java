package org.parley.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.core.ports.ArticleStore;
import org.parley.core.relations.RelationshipBuilder;
import org.parley.core.relations.ReportText;
import org.parley.engine.EventCatalog;
import org.parley.engine.RelationsJson;
import org.parley.model.Event;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.Relationship;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley relations A B}: the card of the relationship between two countries, from the stored
 * reports and their consolidated events and the bundled reference table, as text or one JSONL line.
 */
@Command(name = "relations", mixinStandardHelpOptions = true,
        description = {"Shows where the relationship between two countries stands and how it got there: framework "
                + "levels, dialogue mechanisms and their editions, milestones and anniversaries, conflicting claims, plans "
                + "(invitations, visits planned and held), events per year.",
                "jsonl follows relation.schema.json (bundled with parley-engine; docs/relations.md)."})
final class RelationsCommand implements Callable<Integer> {

    enum Format { text, jsonl }

    @Parameters(index = "0", paramLabel = "A", description = "a country, ISO 3166-1 alpha-3 (USA)")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "the other country (VNM)")
    String second;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--format", defaultValue = "text", description = "text or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "the day upcoming anniversaries count from (default: today).")
    LocalDate asOf;

    @Override
    public Integer call() {
        String a = first.toUpperCase(Locale.ROOT);
        String b = second.toUpperCase(Locale.ROOT);
        if (!a.matches("[A-Z]{3}") || !b.matches("[A-Z]{3}") || a.equals(b)) {
            System.err.println("parley relations: give two different ISO alpha-3 country codes, e.g. USA VNM");
            return ExitCode.USAGE;
        }
        try (ArticleStore articles = ArticleStores.open(store.location())) {
            Relationship card = card(articles, new EventCatalog(articles).consolidated(), a, b,
                    asOf == null ? LocalDate.now() : asOf);
            switch (format) {
                case jsonl -> System.out.println(ArticleViews.jsonLine(RelationsJson.relationship(card)));
                case text -> System.out.print(RelationCard.text(card));
            }
            return ExitCode.OK;
        }
    }

    /** The card of {@code a} and {@code b} from the store's reports and its consolidated {@code events}. */
    static Relationship card(ArticleStore articles, List<Event> events, String a, String b, LocalDate asOf) {
        return RelationshipBuilder.bundled().build(CountryPair.of(a, b), ReportText.storedIn(articles, r -> true), events, asOf);
    }
}
