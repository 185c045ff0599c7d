package org.parley.eval.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.places.Countries;
import org.parley.eval.MatchCounts;

class PloverRunTest {
    private final PloverRun run = new PloverRun(Countries.bundled());

    private static CodedEvent event(String type, List<String> sources, List<String> targets) {
        return new CodedEvent(type, sources, targets);
    }

    @Test
    void scoresTypesAndCountriesAsComputedByHand() throws IOException {
        List<PloverRecord> gold = PloverGoldReaderTest.sample().records(); // AGREE, CONSULT, PROTEST
        List<List<CodedEvent>> predicted = List.of(
                // AGREE hit (plus a wrong CONSULT), source VNM right, target THA wrong (gold LAO)
                List.of(event("AGREE", List.of("VNM"), List.of("THA")), event("CONSULT", List.of(), List.of())),
                // CONSULT missed: predicted AGREE; gold source is an IGO, so the predicted IDN is a false positive
                List.of(event("AGREE", List.of("IDN"), List.of())),
                // PROTEST: nothing predicted; gold source FRACIV -> FRA missed
                List.of());
        PloverRun.Result r = run.score("hand", gold, predicted);

        assertThat(r.type()).isEqualTo(new MatchCounts(1, 3, 3));
        assertThat(r.perType().get("AGREE")).isEqualTo(new MatchCounts(1, 2, 1));
        assertThat(r.perType().get("CONSULT")).isEqualTo(new MatchCounts(0, 1, 1));
        assertThat(r.perType().get("PROTEST")).isEqualTo(new MatchCounts(0, 0, 1));
        // macro over gold types: AGREE F1 = 2*0.5*1/1.5 = 2/3; CONSULT 0; PROTEST 0
        assertThat(r.macroF1()).isCloseTo((2.0 / 3) / 3, within(1e-12));
        assertThat(r.confusion()).containsExactly(new PloverRun.Confusion("CONSULT", "AGREE", 1),
                new PloverRun.Confusion("PROTEST", "NONE", 1));
        assertThat(r.source()).isEqualTo(new MatchCounts(1, 2, 2));
        assertThat(r.target()).isEqualTo(new MatchCounts(0, 1, 1));
        // the two missed records, with what was predicted instead
        assertThat(r.typeMisses()).hasSize(2);
        assertThat(r.typeMisses().get(0)).startsWith(gold.get(1).id() + "\tCONSULT\tAGREE\t");
        assertThat(r.typeMisses().get(1)).startsWith(gold.get(2).id() + "\tPROTEST\tNONE\t");
        // misses, bucketed: the AGREE record's target LAO (an AGREE was read), the PROTEST record's source;
        // and the predicted countries the gold lacks: the AGREE record's target THA, the CONSULT record's source IDN
        assertThat(r.countryMisses()).extracting(line -> String.join(" ", List.of(line.split("\t")).subList(0, 5)))
                .containsExactly("target gold-type " + gold.get(0).id() + " AGREE LAO",
                        "target spurious " + gold.get(0).id() + " AGREE THA",
                        "source spurious " + gold.get(1).id() + " CONSULT IDN",
                        "source no-event " + gold.get(2).id() + " PROTEST FRA");
    }

    @Test
    void readsDraftTypeNamesInTheirPlover2021Names() {
        List<PloverRecord> gold = List.of(
                new PloverRecord("d", "They demanded a vote.", "DEMAND", List.of(), List.of()),
                new PloverRecord("f", "Troops clashed with rebels.", "FIGHT", List.of(), List.of()),
                new PloverRecord("i", "Police probed the blast.", "INVESTIGATE", List.of(), List.of()));
        List<List<CodedEvent>> predicted = List.of(
                List.of(event("REQUEST", List.of(), List.of())),
                List.of(event("ASSAULT", List.of(), List.of())),
                // a draft name predicted is read the same way: DISAPPROVE is ACCUSE, as INVESTIGATE is
                List.of(event("DISAPPROVE", List.of(), List.of())));
        PloverRun.Result r = run.score("hand", gold, predicted);

        assertThat(r.type()).isEqualTo(new MatchCounts(3, 3, 3));
        assertThat(r.perType()).containsOnlyKeys("REQUEST", "ASSAULT", "ACCUSE");
        assertThat(PloverRun.type2021("fight")).isEqualTo("ASSAULT");
        assertThat(PloverRun.type2021("PROTEST")).isEqualTo("PROTEST");
    }

    @Test
    void readsAJointActInPloversFormBothPartiesAsSource() {
        GoldActor norway = new GoldActor("Norway", "NOR", "");
        GoldActor chile = new GoldActor("Chile", "CHL", "");
        List<PloverRecord> gold = List.of(
                // a joint act: both parties source, no target
                new PloverRecord("j", "Norway and Chile agreed to trade more fish.", "AGREE", List.of(norway, chile),
                        List.of()),
                // a one-way act keeps its sides
                new PloverRecord("o", "Norway agreed to Chile's request.", "AGREE", List.of(norway), List.of(chile)));
        List<List<CodedEvent>> predicted = List.of(
                // Parley's form: first party source, the other target; the CONSULT of another type is left as is
                List.of(event("AGREE", List.of("NOR"), List.of("CHL")), event("CONSULT", List.of("NOR"), List.of("PER"))),
                List.of(event("AGREE", List.of("NOR"), List.of("CHL"))));
        PloverRun.Result r = run.score("hand", gold, predicted);

        assertThat(r.source()).isEqualTo(new MatchCounts(3, 3, 3));
        assertThat(r.target()).isEqualTo(new MatchCounts(1, 2, 1));
    }

    @Test
    void runCallsTheCoderOnEachTextAndKeepsGoingWhenItFails() throws IOException {
        List<PloverRecord> gold = PloverGoldReaderTest.sample().records();
        SentenceCoder failingOnTalks = new SentenceCoder() {
            @Override
            public String name() {
                return "picky";
            }

            @Override
            public List<CodedEvent> code(String sentence) {
                if (sentence.contains("talks")) {
                    throw new IllegalStateException("cannot code talks");
                }
                return List.of(event("PROTEST", List.of(), List.of()));
            }
        };
        PloverRun.Result r = run.run(gold, failingOnTalks);
        assertThat(r.records()).isEqualTo(3);
        assertThat(r.type()).isEqualTo(new MatchCounts(1, 2, 3));
        assertThat(r.problems()).singleElement().asString().contains("TEST-CONSULT-0001").contains("picky");
        assertThat(PloverRun.scriptLine(r)).startsWith("eval: set=plover coder=picky records=3 type_p=0.5000");
    }
}
