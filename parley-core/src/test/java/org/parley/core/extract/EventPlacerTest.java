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

    @Test
    void aBuildingTheGazetteerDoesNotKnowIsPlacedInTheCityItsPhraseNames() {
        // Blinken held talks with Son at the Ardent Palace in Hanoi .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON held/VBD=hold talks/NNS=talk with/IN Son/NNP/PERSON "
                                + "at/IN the/DT Ardent/NNP/LOCATION Palace/NNP/LOCATION in/IN Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "nmod 2 4", "case 8 5", "det 8 6",
                        "compound 8 7", "nmod 2 8", "case 10 9", "nmod 8 10", "punct 1 11")
                .actor(0, 1, BLINKEN).actor(4, 5, SON);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.location().name()).isEqualTo("Hanoi");
            assertThat(e.location().country()).isEqualTo("VNM");
        });
    }

    @Test
    void aPlaceOnAParticipantsNameSplitFromItsTitleIsTheVenue() {
        // Blinken held talks with Vietnam 's Minister Son in Hanoi . — the parser hangs the name apart ("dep")
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON held/VBD=hold talks/NNS=talk with/IN "
                                + "Vietnam/NNP/COUNTRY 's/POS Minister/NNP Son/NNP/PERSON in/IN Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 6 3", "nmod:poss 6 4", "case 4 5", "nmod 2 6",
                        "dep 2 7", "case 9 8", "nmod 7 9", "punct 1 10")
                .actor(0, 1, BLINKEN).actor(4, 8, SON);
        assertThat(extract(t)).singleElement().satisfies(e -> assertThat(e.location().name()).isEqualTo("Hanoi"));
    }

    @Test
    void anEncounterAtABuildingWithoutItsCityTakesTheCityTheLeadStates() {
        // Blinken spent Tuesday in Hanoi .  Later , Chinh received Blinken at the Ardent Palace .
        ParsedText t = new ParsedText()
                .sentence("Blinken/NNP/PERSON spent/VBD=spend Tuesday/NNP/DATE in/IN Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "obl 1 4", "punct 1 5")
                .actor(0, 1, BLINKEN)
                .sentence("Later/RB ,/, Chinh/NNP/PERSON received/VBD=receive Blinken/NNP/PERSON at/IN the/DT "
                                + "Ardent/NNP/ORGANIZATION Palace/NNP/ORGANIZATION ./.",
                        "advmod 3 0", "punct 3 1", "nsubj 3 2", "root -1 3", "obj 3 4", "case 8 5", "det 8 6",
                        "compound 8 7", "obl 3 8", "punct 3 9")
                .actor(2, 3, CHINH).actor(4, 5, BLINKEN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo("host");
            assertThat(e.location().name()).isEqualTo("Hanoi");
        });
    }

    @Test
    void aPhoneCallDoesNotTakeTheCityOfTheLead() {
        // Son spent Tuesday in Hanoi .  Son held phone talks with Blinken .
        ParsedText t = new ParsedText()
                .sentence("Son/NNP/PERSON spent/VBD=spend Tuesday/NNP/DATE in/IN Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "obl 1 4", "punct 1 5")
                .actor(0, 1, SON)
                .sentence("Son/NNP/PERSON held/VBD=hold phone/NN talks/NNS=talk with/IN Blinken/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "compound 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "punct 1 6")
                .actor(0, 1, SON).actor(5, 6, BLINKEN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo("phone");
            assertThat(e.location()).isNull();
        });
    }
}
