package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.model.Actor;

class EventPlacerTest {

    @Test
    void aSeaTheGazetteerDoesNotKnowIsNoVenueButAnUnknownCityIs() {
        // Blinken met with Son in the Zorvian Sea .   /   Blinken met with Son in Qarvelo .
        ParsedText sea = new ParsedText().sentence(
                        "Blinken/NNP/PERSON met/VBD=meet with/IN Son/NNP/PERSON in/IN the/DT Zorvian/NNP/LOCATION Sea/NNP/LOCATION ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "case 7 4", "det 7 5", "compound 7 6", "obl 1 7",
                        "punct 1 8")
                .actor(0, 1, BLINKEN).actor(3, 4, SON);
        ParsedText city = new ParsedText().sentence(
                        "Blinken/NNP/PERSON met/VBD=meet with/IN Son/NNP/PERSON in/IN Qarvelo/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "case 5 4", "obl 1 5", "punct 1 6")
                .actor(0, 1, BLINKEN).actor(3, 4, SON);

        assertThat(extract(sea)).singleElement().satisfies(e -> assertThat(e.location()).isNull());
        assertThat(extract(city)).singleElement().satisfies(e -> {
            assertThat(e.location().name()).isEqualTo("Qarvelo");
            assertThat(e.location().lat()).isNull();
        });
    }

    @Test
    void aMeetingBetweenTwoPeopleHeldInACityIsPlacedThere() {
        // The meeting between Blinken and Son was held in Washington .
        ParsedText t = new ParsedText().sentence("The/DT meeting/NN between/IN Blinken/NNP/PERSON and/CC Son/NNP/PERSON "
                                + "was/VBD=be held/VBN=hold in/IN Washington/NNP/CITY ./.",
                        "det 1 0", "nsubj:pass 7 1", "case 3 2", "nmod 1 3", "cc 5 4", "conj 3 5", "aux:pass 7 6",
                        "root -1 7", "case 9 8", "obl 7 9", "punct 7 10")
                .actor(3, 4, BLINKEN).actor(5, 6, SON);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(BLINKEN);
            assertThat(e.target()).containsExactly(SON);
            assertThat(e.location().name()).startsWith("Washington");
            assertThat(e.location().country()).isEqualTo("USA");
        });
    }

    @Test
    void aVisitToACountryTargetsItAndIsPlacedAtTheCountryPoint() {
        // Blinken visited Vietnam .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON visited/VBD=visit Vietnam/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, BLINKEN).actor(2, 3, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo("visit");
            assertThat(e.cameo()).isEqualTo("042");
            assertThat(e.target()).extracting(Actor::country).containsExactly("VNM");
            assertThat(e.location().name()).isEqualTo("Vietnam");
            assertThat(e.location().country()).isEqualTo("VNM");
        });
    }

    @Test
    void aVenueMayHangOnAnArgumentAndAVisitIsPlacedWhereItGoes() {
        // Blinken met with Son of Vietnam in Hanoi . — the parser hangs the place on the partner
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON met/VBD=meet with/IN Son/NNP/PERSON in/IN "
                                + "Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "case 5 4", "nmod 3 5", "punct 1 6")
                .actor(0, 1, BLINKEN).actor(3, 4, SON);

        assertThat(drafts(t, triggers(), modality(), arguments(), sides(), new EventPlacer(PLACES)))
                .singleElement().satisfies(d -> assertThat(d.location().name()).isEqualTo("Hanoi"));
    }
}
