package org.parley.server;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Article;
import org.parley.model.Commitment;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Location;
import org.parley.model.Money;
import org.parley.model.Span;
import org.parley.store.ArticleStores;

/**
 * A small store for API tests without NLP models: three invented articles in two outlet folders,
 * stored without annotation, with hand-written findings (events and a commitment) whose evidence
 * spans point at real sentences of the stored clean text.
 */
final class FixtureStore {
    static final Actor BLINKEN = new Actor("Antony Blinken", ActorKind.PERSON, "Secretary of State", "USA", "GOV");
    static final Actor SON = new Actor("Bui Thanh Son", ActorKind.PERSON, "Minister of Foreign Affairs", "VNM", "GOV");
    static final Actor RUSSIA = Actor.country("Russia", "RUS");
    static final Actor UKRAINE = Actor.country("Ukraine", "UKR");
    static final Actor USAID = new Actor("USAID", ActorKind.ORGANIZATION, null, "USA", "GOV");

    static final String CALL = "Secretary of State Antony Blinken held phone talks with Foreign Minister Bui Thanh Son on Tuesday.";
    static final String PLEDGE = "USAID pledged 12 million dollars for vocational training in Vietnam.";
    static final String STRIKE = "Russian forces shelled the port of Odesa in February, Ukrainian officials said.";

    private FixtureStore() {
    }

    /** Writes the articles under {@code dir/corpus}, ingests them into {@code dir/store} and adds findings. */
    static ArticleStore create(Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("river-post"));
        Files.createDirectories(corpus.resolve("coast-daily"));
        Files.writeString(corpus.resolve("river-post/call.txt"), "Blinken and Son discuss ties by phone\n\n"
                + "HANOI, March 26, 2024 - " + CALL + " The two sides reviewed the comprehensive strategic partnership.\n\n"
                + PLEDGE + "\n");
        Files.writeString(corpus.resolve("coast-daily/call-report.txt"), "Vietnam and US ministers speak\n\n"
                + "March 27, 2024 - " + CALL.replace("on Tuesday", "on Wednesday") + " They agreed to keep in close touch.\n");
        Files.writeString(corpus.resolve("coast-daily/odesa.txt"), "Port shelled\n\nFebruary 20, 2024 - " + STRIKE
                + " Damage to grain terminals was reported.\n");
        ArticleStore store = ArticleStores.open(dir.resolve("store").toString());
        new Ingester(store, Pipeline.stages(false), 1, IngestListener.SILENT)
                .ingest(new FileArticleSource(List.of(corpus.toString()), ReaderOptions.defaults()));
        for (Article a : store.articles(0, 100)) {
            store.saveFindings(findings(a), "fixture");
        }
        return store;
    }

    private static ArticleFindings findings(Article a) {
        String text = a.clean().text();
        List<EventMention> events = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        if (a.doc().equals("call.txt")) {
            events.add(new EventMention("CONSULT", "phone", "040", "phone talks", List.of(BLINKEN), List.of(SON),
                    day(2024, 3, 26), null, List.of("diplomacy"), false, evidence(a, text, CALL)));
            Evidence pledge = evidence(a, text, PLEDGE);
            events.add(new EventMention("AID", null, "070", "pledged", List.of(USAID), List.of(Actor.country("Vietnam", "VNM")),
                    new EventDate.MonthOnly(YearMonth.of(2024, 3), EventDate.Basis.RELATIVE, List.of()), null,
                    List.of("education"), false, pledge));
            commitments.add(new Commitment("pledge", null, List.of(USAID, Actor.country("Vietnam", "VNM")),
                    new Money(new BigDecimal("12000000"), "USD"), day(2024, 3, 26), List.of("education"), pledge));
        } else if (a.doc().equals("call-report.txt")) {
            String sentence = CALL.replace("on Tuesday", "on Wednesday");
            events.add(new EventMention("CONSULT", "phone", "040", "phone talks", List.of(BLINKEN), List.of(SON),
                    day(2024, 3, 27), null, List.of("diplomacy"), false, evidence(a, text, sentence)));
        } else {
            events.add(new EventMention("ASSAULT", null, "190", "shelled", List.of(RUSSIA), List.of(UKRAINE),
                    new EventDate.MonthOnly(YearMonth.of(2024, 2), EventDate.Basis.STATED, List.of()),
                    new Location("Odesa", "UKR", 46.48, 30.72), List.of(), false, evidence(a, text, STRIKE)));
        }
        return new ArticleFindings(a.id(), events, commitments);
    }

    private static EventDate day(int y, int m, int d) {
        return new EventDate.ExactDay(LocalDate.of(y, m, d), EventDate.Basis.STATED, List.of());
    }

    private static Evidence evidence(Article a, String text, String sentence) {
        int at = text.indexOf(sentence);
        if (at < 0) {
            throw new IllegalStateException(a.doc() + " does not contain: " + sentence);
        }
        return new Evidence(a.id(), a.doc(), 0, new Span(at, at + sentence.length()), sentence);
    }
}
