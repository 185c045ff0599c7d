package org.parley.eval.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.eval.demo.DemoGold.Encounter;
import org.parley.eval.demo.DemoGold.SentenceRef;

/** demo/gold/relations.json names what events.json knows and shows what the demo is for (no models). */
class DemoRelationsGoldTest {
    private final DemoGold events = DemoGold.read(Path.of("../demo/gold/events.json"));
    private final DemoRelationsGold gold = DemoRelationsGold.read(Path.of("../demo/gold/relations.json"));

    @Test
    void showsALevelUpgradeAMechanismWithTwoEditionsAndAPlanHeld() {
        assertThat(gold.pair()).containsExactly("USA", "VNM");
        assertThat(gold.levels()).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(l -> assertThat(l.establishedBy()).isNotNull());
        assertThat(gold.mechanisms()).anySatisfy(m -> assertThat(m.editions()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(gold.plans()).anySatisfy(p -> assertThat(p.heldBy()).isNotNull());
    }

    @Test
    void encountersAndDocsAreThoseOfTheEventGold() {
        Stream<String> encounters = Stream.of(
                gold.levels().stream().map(DemoRelationsGold.Level::establishedBy),
                gold.mechanisms().stream().flatMap(m -> m.editions().stream()).map(DemoRelationsGold.Edition::encounter),
                gold.plans().stream().map(DemoRelationsGold.Plan::heldBy)).flatMap(s -> s).filter(id -> id != null);
        encounters.forEach(id -> assertThat(events.encounter(id)).as(id).isNotNull());
        Stream<SentenceRef> sentences = Stream.of(
                gold.levels().stream().flatMap(l -> l.saidIn().stream()),
                gold.mechanisms().stream().flatMap(m -> m.editions().stream()).flatMap(e -> e.saidIn().stream()),
                gold.plans().stream().flatMap(p -> p.saidIn().stream())).flatMap(s -> s);
        sentences.forEach(ref -> assertThat(events.docs()).containsKey(ref.doc()));
    }

    @Test
    void editionsAreNumberedInDateOrderOnTheirEncountersDays() {
        for (DemoRelationsGold.Mechanism m : gold.mechanisms()) {
            List<DemoRelationsGold.Edition> editions = m.editions();
            for (int i = 0; i < editions.size(); i++) {
                DemoRelationsGold.Edition e = editions.get(i);
                assertThat(e.ordinal()).isEqualTo(i + 1);
                Encounter enc = events.encounter(e.encounter());
                assertThat(enc.date().value()).isEqualTo(e.date());
                assertThat(enc.place()).isEqualTo(e.place());
                if (i > 0) {
                    assertThat(e.date()).isGreaterThan(editions.get(i - 1).date());
                }
            }
        }
    }
}
