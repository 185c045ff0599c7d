package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/** The actor package's word tables (titles, collective and description nouns) as their callers see them. */
class ActorWordTablesTest {

    @Test
    void titlesMatchWithoutFullStopsAndTheLongestWins() {
        assertThat(Titles.endingAt(List.of("Vietnamese", "P.M."), 2).orElseThrow().entry().role())
                .isEqualTo("Prime Minister");
        Titles.Match deputy = Titles.startingAt(List.of("Deputy", "Foreign", "Minister", "Ha"), 0).orElseThrow();
        assertThat(deputy.end()).isEqualTo(3);
        assertThat(deputy.entry().office()).isNull();
        assertThat(Titles.startingAt(List.of("minister"), 0).orElseThrow().entry().generic()).isTrue();
    }

    @Test
    void collectiveNounsSayWhatTheyMake() {
        assertThat(CollectiveNouns.of("Troops").orElseThrow())
                .isEqualTo(new CollectiveNouns.Collective(ActorKind.GROUP, "MIL", false));
        assertThat(CollectiveNouns.of("government").orElseThrow().state()).isTrue();
        assertThat(CollectiveNouns.of("ministers")).isEmpty();
    }

    @Test
    void descriptionNounsSayWhoTheyFit() {
        Actor son = new Actor("Bui Thanh Son", ActorKind.PERSON, "Foreign Minister", "VNM", "GOV");
        Actor nobody = new Actor("Jane Roe", ActorKind.PERSON, null, "KEN", null);
        assertThat(DescriptionNouns.of("Diplomat").orElseThrow().fits(son, null)).isTrue();
        assertThat(DescriptionNouns.of("official").orElseThrow().fits(nobody, null)).isFalse();
        assertThat(DescriptionNouns.of("host").orElseThrow().fits(son, "VNM")).isTrue();
        assertThat(DescriptionNouns.of("visitor").orElseThrow().fits(son, "VNM")).isFalse();
        assertThat(DescriptionNouns.of("host").orElseThrow().nearest()).isTrue();
        assertThat(DescriptionNouns.of("leader").orElseThrow().bare()).isFalse();
    }
}
