package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

class ArgumentFinderTest {

    @Test
    void aPassiveGivesTheAgentAsSource() {
        // Blinken was received by Chinh .
        ParsedText t = new ParsedText().sentence(
                        "Blinken/NNP/PERSON was/VBD=be received/VBN=receive by/IN Chinh/NNP/PERSON ./.",
                        "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "case 4 3", "obl:agent 2 4", "punct 2 5")
                .actor(0, 1, BLINKEN).actor(4, 5, CHINH);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo("host");
            assertThat(e.source()).containsExactly(CHINH);
            assertThat(e.target()).containsExactly(BLINKEN);
        });
    }

    @Test
    void aDatelineParsedAsTheSubjectHandsItOnToTheConjoinedMinistersBeneathIt() {
        // HANOI , May 29 - Son and Blinken discussed trade .   (the parser makes HANOI the subject)
        ParsedText t = new ParsedText().sentence("HANOI/NNP/CITY ,/, May/NNP/DATE 29/CD/DATE -/: Son/NNP/PERSON and/CC "
                                + "Blinken/NNP/PERSON discussed/VBD=discuss trade/NN ./.",
                        "nsubj 8 0", "punct 0 1", "dep 0 2", "nummod 2 3", "punct 0 4", "dep 0 5", "cc 7 6",
                        "conj 5 7", "root -1 8", "obj 8 9", "punct 8 10")
                .actor(5, 6, SON).actor(7, 8, BLINKEN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONSULT");
            assertThat(java.util.stream.Stream.concat(e.source().stream(), e.target().stream()).toList())
                    .containsExactlyInAnyOrder(SON, BLINKEN);
        });
    }

    @Test
    void aReceptionForAGuestIsHostedByTheSpeaker() {
        // Chinh said at a reception for Blinken .
        ParsedText t = new ParsedText().sentence(
                        "Chinh/NNP/PERSON said/VBD=say at/IN a/DT reception/NN for/IN Blinken/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "case 4 2", "det 4 3", "obl 1 4", "case 6 5", "nmod 4 6", "punct 1 7")
                .actor(0, 1, CHINH).actor(6, 7, BLINKEN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo("host");
            assertThat(e.cameo()).isEqualTo("043");
            assertThat(e.source()).containsExactly(CHINH);
            assertThat(e.target()).containsExactly(BLINKEN);
        });
    }

    @Test
    void aSuggestionTargetsTheSubjectOfTheSuggestedClause() {
        // Son suggested the US continue its role .
        ParsedText t = new ParsedText().sentence("Son/NNP/PERSON suggested/VBD=suggest the/DT US/NNP/COUNTRY "
                                + "continue/VB its/PRP$ role/NN ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "nsubj 4 3", "ccomp 1 4", "nmod:poss 6 5", "obj 4 6",
                        "punct 1 7")
                .actor(0, 1, SON).actor(3, 4, USA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REQUEST");
            assertThat(e.source()).containsExactly(SON);
            assertThat(e.target()).containsExactly(USA);
        });
    }

    @Test
    void aStatementOfSupportInsideAClauseIsSupportBetweenCountries() {
        // Blinken affirmed that the US supports Vietnam .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON affirmed/VBD=affirm that/IN the/DT US/NNP/COUNTRY "
                                + "supports/VBZ=support Vietnam/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "mark 5 2", "det 4 3", "nsubj 5 4", "ccomp 1 5", "obj 5 6", "punct 1 7")
                .actor(0, 1, BLINKEN).actor(4, 5, USA, ActorMention.Basis.COUNTRY)
                .actor(6, 7, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("SUPPORT");
            assertThat(e.cameo()).isEqualTo("051");
            assertThat(e.source()).containsExactly(USA);
            assertThat(e.target()).containsExactly(VIETNAM);
        });
    }

    @Test
    void aRefusalTakesItsTargetFromTheActItGoverns() {
        // Vietnam refused to meet the US . — REJECT, not a meeting
        ParsedText t = new ParsedText().sentence(
                        "Vietnam/NNP/COUNTRY refused/VBD=refuse to/TO meet/VB=meet the/DT US/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "det 5 4", "obj 3 5", "punct 1 6")
                .actor(0, 1, VIETNAM, ActorMention.Basis.COUNTRY).actor(5, 6, USA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REJECT");
            assertThat(e.source()).containsExactly(VIETNAM);
            assertThat(e.target()).containsExactly(USA);
        });
    }

    @Test
    void aThreatTargetsTheSideWhoseConductIsItsCondition() {
        // Vietnam threatened to leave unless the US agreed .
        ParsedText t = new ParsedText().sentence("Vietnam/NNP/COUNTRY threatened/VBD=threaten to/TO leave/VB=leave "
                                + "unless/IN the/DT US/NNP/COUNTRY agreed/VBD=agree ./.",
                        "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "mark 7 4", "det 6 5", "nsubj 7 6",
                        "advcl 3 7", "punct 1 8")
                .actor(0, 1, VIETNAM, ActorMention.Basis.COUNTRY).actor(6, 7, USA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("THREATEN")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(VIETNAM);
            assertThat(e.target()).containsExactly(USA);
        });
    }

    @Test
    void aDemonymOnAnUnknownSubjectNounActsForItsCountry() {
        // Vietnamese farmers attacked the US .
        ParsedText t = new ParsedText().sentence("Vietnamese/JJ/NATIONALITY farmers/NNS=farmer attacked/VBD=attack "
                                + "the/DT US/NNP/COUNTRY ./.",
                        "amod 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "obj 2 4", "punct 2 5")
                .actor(0, 1, VIETNAM, ActorMention.Basis.COUNTRY).actor(4, 5, USA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ASSAULT");
            assertThat(e.source()).containsExactly(VIETNAM);
            assertThat(e.target()).containsExactly(USA);
        });
    }

    @Test
    void givesTheArgumentsAndThePhrasesTheyCameFrom() {
        // Blinken was received by Chinh .
        ParsedText t = new ParsedText().sentence(
                        "Blinken/NNP/PERSON was/VBD=be received/VBN=receive by/IN Chinh/NNP/PERSON ./.",
                        "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "case 4 3", "obl:agent 2 4", "punct 2 5")
                .actor(0, 1, BLINKEN).actor(4, 5, CHINH);

        assertThat(drafts(t, triggers(), modality(), arguments())).singleElement().satisfies(d -> {
            assertThat(d.arguments().source()).containsExactly(CHINH);
            assertThat(d.arguments().target()).containsExactly(BLINKEN);
            assertThat(d.arguments().heads()).containsExactlyInAnyOrder(0, 4);
            assertThat(d.arguments().place()).isNull();
        });
    }

    @Test
    void aVisitsArgumentIsThePlaceVisited() {
        // Blinken visited Hanoi .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON visited/VBD=visit Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, BLINKEN);

        assertThat(drafts(t, triggers(), modality(), arguments())).singleElement().satisfies(d -> {
            assertThat(d.arguments().target()).extracting(Actor::country).containsExactly("VNM");
            assertThat(d.arguments().place().name()).isEqualTo("Hanoi");
        });
    }

    @Test
    void aVisitToConjoinedPlacesTargetsEachOfTheirCountries() {
        // Biden will visit Hanoi and Dakar .
        ParsedText t = new ParsedText().sentence("Biden/NNP/PERSON will/MD visit/VB=visit Hanoi/NNP/CITY and/CC "
                                + "Dakar/NNP/CITY ./.",
                        "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "cc 5 4", "conj 3 5", "punct 2 6")
                .actor(0, 1, BIDEN);

        assertThat(drafts(t, triggers(), modality(), arguments())).singleElement().satisfies(d -> {
            assertThat(d.arguments().target()).extracting(Actor::country).containsExactly("VNM", "SEN");
            assertThat(d.arguments().place().name()).isEqualTo("Hanoi");
        });
    }

    @Test
    void peopleOfNoKnownCountryAsAnObjectTakeTheNationalityQualifyingThem() {
        // Iran will allow Afghan refugees to return .
        Actor refugees = new Actor("refugees", ActorKind.GROUP, null, null, "REF");
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY will/MD allow/VB=allow Afghan/JJ/NATIONALITY "
                                + "refugees/NNS=refugee to/TO return/VB ./.",
                        "nsubj 2 0", "aux 2 1", "root -1 2", "amod 4 3", "obj 2 4", "mark 6 5", "xcomp 2 6",
                        "punct 2 7")
                .actor(0, 1, IRAN).actor(3, 4, Actor.country("Afghanistan", "AFG"), ActorMention.Basis.COUNTRY)
                .actor(4, 5, refugees, ActorMention.Basis.DESCRIPTION);

        assertThat(drafts(t, triggers(), modality(), arguments())).singleElement().satisfies(d -> assertThat(
                d.arguments().target()).containsExactly(new Actor("refugees", ActorKind.GROUP, null, "AFG", "REF")));
    }
}
