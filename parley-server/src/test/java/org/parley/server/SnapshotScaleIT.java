package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.consolidate.TimelineBuilder;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ArticleId;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Span;
import org.parley.store.ArticleStores;

/**
 * 100,000 synthetic consolidated events (seeded, so every run is the same): how long the snapshot
 * takes to build and how long the API takes to answer typical requests. Prints the numbers.
 */
class SnapshotScaleIT {
    private static final int EVENTS = 100_000;
    private static final String[] COUNTRIES = {"USA", "VNM", "CHN", "JPN", "IND", "AUS", "IDN", "FRA", "DEU", "GBR", "RUS",
            "UKR", "BRA", "NGA", "ZAF", "KOR", "PHL", "THA", "MYS", "SGP"};
    private static final String[] TYPES = {"CONSULT", "AGREE", "AID", "COOPERATE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT",
            "THREATEN", "PROTEST", "SANCTION", "ASSAULT"};
    private static final String[] WORDS = {"talks", "minister", "agreement", "trade", "security", "visit", "phone", "summit",
            "sanctions", "aid", "maritime", "energy", "loan", "border", "investment", "climate"};

    @TempDir
    Path dir;

    @Test
    void answersTypicalRequestsQuicklyOverOneHundredThousandEvents() throws Exception {
        List<Event> events = synthetic(new Random(42));
        long t0 = System.nanoTime();
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(TimelineBuilder.ORDER);
        CatalogSnapshot snapshot = CatalogSnapshot.assemble(List.of(), sorted, List.of(), List.of(), List.of(), Map.of(),
                Instant.now());
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("snapshot of %,d events (with search index) built in %,d ms%n", EVENTS, buildMs);
        assertThat(snapshot.events()).hasSize(EVENTS);

        try (ArticleStore store = ArticleStores.open(dir.resolve("store").toString());
             ParleyServer server = ParleyServer.start(new LiveCatalog(store, () -> Pipeline.stages(false), snapshot),
                     ParleyServer.Config.loopback(0))) {
            HttpClient http = HttpClient.newHttpClient();
            ObjectMapper json = new ObjectMapper();
            for (String path : List.of("/api/events?country=USA,VNM&limit=50", "/api/events?type=CONSULT&from=2020&to=2020-06&limit=50",
                    "/api/events?actor=minister%20of%20usa&limit=50", "/api/events?q=maritime%20talks&limit=50",
                    "/api/timeline?between=USA,VNM", "/api/search?q=trade%20AND%20security&country=CHN",
                    "/api/actors?country=VNM", "/api/events?offset=99000&limit=1000")) {
                long best = Long.MAX_VALUE;
                HttpResponse<String> r = null;
                for (int i = 0; i < 5; i++) {
                    long s = System.nanoTime();
                    r = http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
                    best = Math.min(best, System.nanoTime() - s);
                }
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                JsonNode body = json.readTree(r.body());
                System.out.printf("%-58s %6.1f ms  total %s, %,d bytes%n", path, best / 1e6, body.get("total"), r.body().length());
                assertThat(best / 1_000_000).as(path).isLessThan(2000);
            }
        }
    }

    private static List<Event> synthetic(Random random) {
        List<Event> out = new ArrayList<>();
        ArticleId article = new ArticleId("b".repeat(64));
        for (int i = 0; i < EVENTS; i++) {
            String a = COUNTRIES[random.nextInt(COUNTRIES.length)], b = COUNTRIES[random.nextInt(COUNTRIES.length)];
            Actor source = new Actor("Minister of " + a, ActorKind.PERSON, "Foreign Minister", a, "GOV");
            Actor target = Actor.country("Country " + b, b);
            String type = TYPES[random.nextInt(TYPES.length)];
            LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
            EventDate date = random.nextInt(10) == 0 ? new EventDate.MonthOnly(java.time.YearMonth.from(day), EventDate.Basis.STATED, List.of())
                    : new EventDate.ExactDay(day, EventDate.Basis.STATED, List.of());
            String sentence = "The " + a + " minister and " + b + " held " + String.join(" ", Arrays.asList(
                    WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)])) + ".";
            EventMention m = new EventMention(type, null, null, "held", List.of(source), List.of(target), date, null, List.of(),
                    false, new Evidence(article, "doc-" + (i % 5000) + ".txt", 0, new Span(0, sentence.length()), sentence));
            out.add(new Event(String.format("ev-%08x", i), null, type, null, null, date, null, List.of(source), List.of(target),
                    List.of(), false, List.of(m), List.of()));
        }
        return out;
    }
}
