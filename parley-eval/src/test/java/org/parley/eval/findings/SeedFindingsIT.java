package org.parley.eval.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.core.extract.ArticleEventGrouper;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.extract.ParleyFindingsExtractor;
import org.parley.engine.ContractJson;
import org.parley.eval.AnnotatedCorpus;
import org.parley.eval.SchemaCheck;
import org.parley.eval.SeedCorpus;
import org.parley.model.Actor;
import org.parley.model.Commitment;
import org.parley.model.Event;
import org.parley.model.EventDate;

/**
 * The events stage end to end on the five seed articles: what the events issue says they must
 * produce, with the real annotator, actor resolver, extractor and dater.
 */
class SeedFindingsIT {
    private static final ParleyFindingsExtractor EXTRACTOR = ParleyFindingsExtractor.bundled();
    private static Map<String, ArticleFindings> findings;

    @BeforeAll
    static void extract() {
        findings = new java.util.TreeMap<>();
        for (AnnotatedCorpus.Item item : SeedCorpus.load()) {
            findings.put(item.doc().substring(0, 3), EXTRACTOR.extract(item.article(), item.text()));
        }
        findings.forEach((seed, f) -> {
            System.out.println("== seed " + seed + ": " + ArticleEventGrouper.group(f.events()).size() + " events, "
                    + f.commitments().size() + " commitments");
            for (Event e : ArticleEventGrouper.group(f.events())) {
                System.out.printf("  %-10s %-8s %-16s %s -> %s @%s %s%n", e.date().iso(), e.date().basis(),
                        e.type() + "/" + e.mode(), names(e.source()), names(e.target()),
                        e.location() == null ? "-" : e.location().name(), e.background() ? "(background)" : "");
            }
        });
    }

    private static String names(List<Actor> actors) {
        return actors.stream().map(a -> a.name() + "/" + a.country() + (a.role() == null ? "" : "/" + a.role())).toList().toString();
    }

    private static List<Event> events(String seed) {
        return ArticleEventGrouper.group(findings.get(seed).events());
    }

    private static Predicate<Event> between(String a, String b) {
        return e -> {
            List<String> names = new ArrayList<>();
            e.source().forEach(x -> names.add(x.name()));
            e.target().forEach(x -> names.add(x.name()));
            return names.contains(a) && names.contains(b);
        };
    }

    private static Event consult(String seed, String a, String b, String mode) {
        return events(seed).stream().filter(e -> e.type().equals("CONSULT") && !e.background())
                .filter(e -> mode == null || mode.equals(e.mode())).filter(between(a, b)).findFirst()
                .orElseThrow(() -> new AssertionError("seed " + seed + ": no CONSULT" + (mode == null ? "" : "/" + mode)
                        + " between " + a + " and " + b));
    }

    @Test
    void theWashingtonDialogueIsFoundInEachOfTheThreeReportsWithGroundedActors() {
        for (String seed : List.of("000", "001", "002")) {
            Event dialogue = consult(seed, "Antony Blinken", "Bui Thanh Son", null);
            List<Actor> actors = new ArrayList<>(dialogue.source());
            actors.addAll(dialogue.target());
            assertThat(actors).as(seed).anySatisfy(a -> {
                assertThat(a.name()).isEqualTo("Antony Blinken");
                assertThat(a.country()).isEqualTo("USA");
                assertThat(a.role()).isEqualTo("Secretary of State");
            });
            assertThat(actors).as(seed).anySatisfy(a -> {
                assertThat(a.name()).isEqualTo("Bui Thanh Son");
                assertThat(a.country()).isEqualTo("VNM");
                assertThat(a.role()).isEqualTo("Foreign Minister");
            });
            assertThat(dialogue.location()).as(seed).isNotNull();
            assertThat(dialogue.location().country()).as(seed).isEqualTo("USA");
        }
        assertThat(consult("000", "Antony Blinken", "Bui Thanh Son", null).date().iso()).isEqualTo("2024-03-26");
        assertThat(consult("001", "Antony Blinken", "Bui Thanh Son", null).date().iso()).isEqualTo("2024-03-25");
    }

    @Test
    void thePhoneCallWithoutAYearIsDatedTo2021WithTheReasons() {
        Event call = consult("003", "Antony Blinken", "Bui Thanh Son", "phone");
        assertThat(call.date()).isInstanceOf(EventDate.ExactDay.class);
        assertThat(call.date().iso()).isEqualTo("2021-05-28");
        assertThat(call.date().inferred()).isTrue();
        assertThat(call.date().evidence()).isNotEmpty();
    }

    @Test
    void theHanoiDayHasFourSeparateMeetingsAndTheBackgroundCall() {
        for (String counterpart : List.of("Nguyen Phu Trong", "Pham Minh Chinh", "Bui Thanh Son", "Le Hoai Trung")) {
            Event meeting = consult("004", "Antony Blinken", counterpart, null);
            assertThat(meeting.date().iso()).as(counterpart).isEqualTo("2023-04-15");
            assertThat(meeting.date().inferred()).as(counterpart).isTrue();
            assertThat(meeting.location()).as(counterpart).isNotNull();
            assertThat(meeting.location().name()).as(counterpart).isEqualTo("Hanoi");
        }
        Event call = events("004").stream().filter(e -> e.type().equals("CONSULT") && "phone".equals(e.mode()))
                .filter(between("Nguyen Phu Trong", "Joe Biden")).findFirst().orElseThrow();
        assertThat(call.background()).isTrue();
        assertThat(call.date().iso()).isEqualTo("2023-03-29");
    }

    @Test
    void theMouAndTheWorkforcePackageAreCommitmentsWithAmountsAndParties() {
        List<Commitment> commitments = findings.get("002").commitments();
        assertThat(commitments).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("mou");
            assertThat(c.amount().value()).isEqualByComparingTo(new BigDecimal("500000000"));
            assertThat(c.amount().currency()).isEqualTo("USD");
            assertThat(c.parties()).extracting(Actor::name)
                    .contains("Export-Import Bank of the United States", "Vietnam Development Bank");
        });
        assertThat(commitments).anySatisfy(c -> {
            assertThat(c.amount().value()).isEqualByComparingTo(new BigDecimal("4000000"));
            assertThat(c.parties()).isNotEmpty();
        });
        assertThat(findings.get("004").commitments()).noneMatch(c -> c.amount() != null);
    }

    @Test
    void noJunkEveryEventHasBothSidesAndItsSentenceAndTheCountIsHuman() {
        int total = 0;
        for (String seed : findings.keySet()) {
            for (Event e : events(seed)) {
                assertThat(e.source()).as(seed + " " + e.id()).isNotEmpty();
                assertThat(e.target()).as(seed + " " + e.id()).isNotEmpty();
                assertThat(e.mentions()).allSatisfy(m -> assertThat(m.evidence().text()).isNotBlank());
                total++;
            }
        }
        assertThat(total).as("tens, not hundreds").isBetween(15, 99);
    }

    @Test
    void everyEventAndCommitmentValidatesAgainstThePublicSchema() {
        SchemaCheck eventSchema = SchemaCheck.of("event.schema.json");
        SchemaCheck commitmentSchema = SchemaCheck.of("commitment.schema.json");
        SchemaCheck additions = SchemaCheck.additions("event.additions.schema.json");
        for (ArticleFindings f : findings.values()) {
            for (Event e : ArticleEventGrouper.group(f.events())) {
                assertThat(eventSchema.violations(ContractJson.event(e))).as(e.id()).isEmpty();
                assertThat(additions.violations(ContractJson.event(e))).as(e.id()).isEmpty();
            }
            for (Commitment c : f.commitments()) {
                assertThat(commitmentSchema.violations(ContractJson.commitment(c))).as(c.toString()).isEmpty();
            }
        }
    }
}
