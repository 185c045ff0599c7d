package org.parley.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.kb.OfficeTerm;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.EventCatalog;
import org.parley.eval.AnnotatedCorpus;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.store.ArticleStores;

/**
 * Issue 13's years beyond the seeds: ten team-written reports of other countries and offices,
 * datelined without a year, brought through the whole engine. Each expected record
 * ({@code yearless/expected.tsv}) must carry its day and the reason that settled the year (tenures,
 * the dateline's weekday, counts of years, an anniversary, a dated copy in the story), or stay
 * unknown with its candidate years when nothing decides; and no inferred date may fall outside the
 * term of a named office-holder.
 */
class YearlessReportsIT {

    private static final Path CORPUS = Path.of("src/test/resources/yearless");
    private static List<Event> events;

    record Expected(String doc, String type, String mode, String source, String date, String reason) {
        @Override
        public String toString() {
            return doc;
        }
    }

    @BeforeAll
    static void ingest() {
        Path store = Path.of("target/yearless-store");
        AnnotatedCorpus.of(CORPUS, store);
        try (ArticleStore s = ArticleStores.open(store.toString())) {
            events = new EventCatalog(s).consolidated();
        }
    }

    static List<Expected> expected() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(f -> new Expected(f[0], f[1], f[2], f[3], f[4], f[5]))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void eachReportIsDatedWithItsReason(Expected x) {
        Event e = events.stream()
                .filter(ev -> ev.mentions().stream().anyMatch(m -> m.evidence().doc().endsWith(x.doc())))
                .filter(ev -> ev.type().equals(x.type()) && !ev.background())
                .filter(ev -> x.mode().equals("*") || x.mode().equals(ev.mode()))
                .filter(ev -> !ev.source().isEmpty() && ev.source().get(0).name().equals(x.source()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + x.type() + " of " + x.source() + " in " + x.doc()
                        + "; records: " + events.stream().filter(ev -> ev.mentions().stream()
                        .anyMatch(m -> m.evidence().doc().endsWith(x.doc()))).map(ev -> ev.type() + "/" + ev.mode() + " "
                        + ev.source()).toList()));
        if (x.date().equals("unknown")) {
            assertThat(e.date().precision()).as(x.doc()).isEqualTo(DatePrecision.UNKNOWN);
        } else {
            assertThat(e.date().iso()).as(x.doc() + " " + e.date().evidence()).isEqualTo(x.date());
        }
        assertThat(String.join(" | ", e.date().evidence())).as(x.doc()).contains(x.reason());
    }

    @Test
    void noInferredDateFallsOutsideANamedOfficeHoldersTerm() {
        OfficeHolders kb = OfficeHolders.bundled();
        int checked = 0;
        for (Event e : events) {
            if (e.date().precision() != DatePrecision.DAY || !e.date().inferred()) {
                continue;
            }
            LocalDate day = LocalDate.parse(e.date().iso());
            for (Actor a : concat(e.source(), e.target())) {
                List<OfficeTerm> terms = a.kind() == ActorKind.PERSON ? kb.termsOf(a.name()) : List.of();
                if (terms.isEmpty()) {
                    continue;
                }
                checked++;
                assertThat(terms).as(a.name() + " on " + day + " (" + e.id() + ")").anyMatch(t -> !t.start().isAfter(day)
                        && (t.end() == null || t.end().isAfter(day)));
            }
        }
        assertThat(checked).as("office-holders checked").isGreaterThanOrEqualTo(15);
    }

    @Test
    void theUndatedCopyJoinsItsDatedStoryMate() {
        List<Event> both = events.stream().filter(e -> e.type().equals("CONSULT"))
                .filter(e -> e.mentions().stream().anyMatch(m -> m.evidence().doc().endsWith("woodside-dated.txt")))
                .filter(e -> e.mentions().stream().anyMatch(m -> m.evidence().doc().endsWith("woodside-undated.txt")))
                .toList();
        assertThat(both).as("one meeting record holds both reports").hasSize(1);
        assertThat(both.get(0).conflicts()).as("an undated copy is no conflict").isEmpty();
    }

    private static List<Actor> concat(List<Actor> a, List<Actor> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
