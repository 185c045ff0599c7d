package org.parley.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.ContractJson;
import org.parley.engine.EventCatalog;
import org.parley.model.Commitment;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley commitments}: agreements, MOUs, pledges, funding, loans and grants. */
@Command(name = "commitments", mixinStandardHelpOptions = true,
        description = {"Lists agreements, MOUs/MOCs, pledges, funding, loans and grants with parties and amounts.",
                "jsonl follows shared/schema/commitment.schema.json."})
final class CommitmentsCommand implements Callable<Integer> {

    enum Format { table, jsonl }

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        try (ArticleStore articles = ArticleStores.open(store.location())) {
            List<Commitment> commitments = new EventCatalog(articles).commitments();
            if (format == Format.jsonl) {
                commitments.forEach(c -> System.out.println(ArticleViews.jsonLine(ContractJson.commitment(c))));
            } else {
                System.out.print(table(commitments));
            }
            return ExitCode.OK;
        }
    }

    static String table(List<Commitment> commitments) {
        StringBuilder out = new StringBuilder();
        int dateWidth = Math.max(10, commitments.stream().mapToInt(c -> dateCell(c).length()).max().orElse(0));
        String row = "%-" + dateWidth + "s  %-8s  %-18s  %-50s  %-36s  %s%n";
        out.append(String.format(row, "DATE", "KIND", "AMOUNT", "PARTIES", "TITLE", "DOC"));
        for (Commitment c : commitments) {
            String amount = c.amount() == null ? "-" : String.format("%,.0f %s", c.amount().value(), c.amount().currency());
            String parties = c.parties().stream().map(a -> a.name() + (a.country() == null ? "" : " (" + a.country() + ")"))
                    .collect(Collectors.joining("; "));
            out.append(String.format(row, dateCell(c), c.kind(), amount,
                    ArticleViews.fit(parties, 50), ArticleViews.fit(c.title(), 36), c.evidence().doc()));
        }
        out.append(commitments.size()).append(" commitments\n");
        return out.toString();
    }

    private static String dateCell(Commitment c) {
        return c.date().iso() == null ? "unknown" : c.date().written();
    }
}
