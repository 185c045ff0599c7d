package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/** A state's act aimed at people at a place of its own country targets the people of that place (issue 12). */
class HomePlaceTargetTest {

    @Test
    void aCurfewAStateImposesInACityOfItsOwnTargetsThePeopleThere() {
        // Vietnam imposed a curfew in Hanoi .
        ParsedText t = new ParsedText().sentence("Vietnam/NNP/COUNTRY imposed/VBD=impose a/DT curfew/NN=curfew in/IN "
                                + "Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "punct 1 6")
                .actor(0, 1, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("COERCE");
            assertThat(e.source()).containsExactly(VIETNAM);
            assertThat(e.target()).containsExactly(
                    new Actor("people of Hanoi", ActorKind.GROUP, null, "VNM", "CVL"));
        });
    }

    @Test
    void aCurfewInAForeignCityStillTargetsThatCountry() {
        // The US imposed a curfew in Hanoi .
        ParsedText t = new ParsedText().sentence("The/DT US/NNP/COUNTRY imposed/VBD=impose a/DT curfew/NN=curfew "
                                + "in/IN Hanoi/NNP/CITY ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "obj 2 4", "case 6 5", "nmod 4 6", "punct 2 7")
                .actor(1, 2, USA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("COERCE");
            assertThat(e.target()).containsExactly(VIETNAM);
        });
    }

    @Test
    void aVisitToACityOfItsOwnHasNoTarget() {
        // Vietnam visited Hanoi .   (a partner act: no one of the place is visited)
        ParsedText t = new ParsedText().sentence("Vietnam/NNP/COUNTRY visited/VBD=visit Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).allSatisfy(e -> assertThat(e.target())
                .noneMatch(a -> a.kind() == ActorKind.GROUP || "VNM".equals(a.country())));
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void aTownTheGazetteerLacksIsPlacedInTheCountryTheSentenceNames() {
        // Vietnam imposed a curfew in the town of Tamvar in northern Vietnam .   (Tamvar: a made-up town)
        ParsedText t = new ParsedText().sentence("Vietnam/NNP/COUNTRY imposed/VBD=impose a/DT curfew/NN=curfew in/IN "
                                + "the/DT town/NN=town of/IN Tamvar/NNP/CITY in/IN northern/JJ Vietnam/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 6 4", "det 6 5", "nmod 3 6", "case 8 7",
                        "nmod 6 8", "case 11 9", "amod 11 10", "nmod 6 11", "punct 1 12")
                .actor(0, 1, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("COERCE");
            assertThat(e.target()).containsExactly(
                    new Actor("people of Tamvar", ActorKind.GROUP, null, "VNM", "CVL"));
        });
    }

    @Test
    void aTownsCountryPhraseHungOnTheClauseStillPlacesIt() {
        // Vietnam imposed a curfew in the town of Tamvar in northern Vietnam .   (the parser hangs "in Vietnam" on the verb)
        ParsedText t = new ParsedText().sentence("Vietnam/NNP/COUNTRY imposed/VBD=impose a/DT curfew/NN=curfew in/IN "
                                + "the/DT town/NN=town of/IN Tamvar/NNP/CITY in/IN northern/JJ Vietnam/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 6 4", "det 6 5", "obl 1 6", "case 8 7",
                        "nmod 6 8", "case 11 9", "amod 11 10", "obl 1 11", "punct 1 12")
                .actor(0, 1, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> assertThat(e.target()).containsExactly(
                new Actor("people of Tamvar", ActorKind.GROUP, null, "VNM", "CVL")));
    }
}
