package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;

class TriggerMatcherTest {

    @Test
    void phoneTalksHeldByTheSubjectAreAPhoneCall() {
        // Son holds phone talks with Blinken .
        ParsedText t = new ParsedText().sentence(
                        "Son/NNP/PERSON holds/VBZ=hold phone/NN talks/NNS=talk with/IN Blinken/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "compound 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "punct 1 6")
                .actor(0, 1, SON).actor(5, 6, BLINKEN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONSULT");
            assertThat(e.mode()).isEqualTo("phone");
            assertThat(e.cameo()).isEqualTo("041");
            assertThat(e.trigger()).isEqualTo("phone talks");
            assertThat(e.source()).containsExactly(SON);
            assertThat(e.target()).containsExactly(BLINKEN);
        });
    }

    @Test
    void aLightVerbIsShownWithTheNounItCarriesButNotWithANounInItsAdjunct() {
        // Son held talks with Blinken .
        ParsedText held = new ParsedText().sentence(
                        "Son/NNP/PERSON held/VBD=hold talks/NNS=talk with/IN Blinken/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "nmod 2 4", "punct 1 5")
                .actor(0, 1, SON).actor(4, 5, BLINKEN);
        assertThat(extract(held)).singleElement().satisfies(e -> assertThat(e.trigger()).isEqualTo("held talks"));
        // Son announced the plan during talks with Blinken .
        ParsedText during = new ParsedText().sentence(
                        "Son/NNP/PERSON announced/VBD=announce the/DT plan/NN=plan during/IN talks/NNS=talk with/IN "
                                + "Blinken/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "obl 1 5", "case 7 6", "nmod 5 7",
                        "punct 1 8")
                .actor(0, 1, SON).actor(7, 8, BLINKEN);
        assertThat(extract(during)).filteredOn(e -> e.type().equals("CONSULT"))
                .singleElement().satisfies(e -> assertThat(e.trigger()).isEqualTo("talks"));
    }

    @Test
    void sanctionsImposedAreReadFromTheObjectCue() {
        // The United_States imposed sanctions on Vietnam .
        ParsedText t = new ParsedText().sentence(
                        "The_United_States/NNP/COUNTRY imposed/VBD=impose sanctions/NNS=sanction on/IN Vietnam/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "obl 1 4", "punct 1 5")
                .actor(0, 1, USA, ActorMention.Basis.COUNTRY).actor(4, 5, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("SANCTION");
            assertThat(e.cameo()).isEqualTo("163");
            assertThat(e.source()).containsExactly(USA);
            assertThat(e.target()).containsExactly(VIETNAM);
        });
    }

    @Test
    void sayingThatAnotherSideMustActIsARequestOfIt() {
        // Son said the US must lift the ban .
        ParsedText t = new ParsedText().sentence("Son/NNP/PERSON said/VBD=say the/DT US/NNP/COUNTRY must/MD=must "
                                + "lift/VB=lift the/DT ban/NN ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5", "det 7 6", "obj 5 7",
                        "punct 1 8")
                .actor(0, 1, SON).actor(3, 4, USA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REQUEST");
            assertThat(e.cameo()).isEqualTo("100");
            assertThat(e.source()).containsExactly(SON);
            assertThat(e.target()).containsExactly(USA);
        });
    }

    @Test
    void sayingThatAnotherSideWillActIsNoRequest() {
        // Son said the US will lift the ban .  — a report, not a demand
        ParsedText t = new ParsedText().sentence("Son/NNP/PERSON said/VBD=say the/DT US/NNP/COUNTRY will/MD=will "
                                + "lift/VB=lift the/DT ban/NN ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5", "det 7 6", "obj 5 7",
                        "punct 1 8")
                .actor(0, 1, SON).actor(3, 4, USA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).noneMatch(e -> e.type().equals("REQUEST"));
    }

    @Test
    void findsCandidatesInTextOrderWithTheirTriggerTextAndRule() {
        // Son holds phone talks with Blinken . / Blinken met with Son in Hanoi .
        ParsedText t = new ParsedText().sentence(
                        "Son/NNP/PERSON holds/VBZ=hold phone/NN talks/NNS=talk with/IN Blinken/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "compound 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "punct 1 6")
                .actor(0, 1, SON).actor(5, 6, BLINKEN)
                .sentence("Blinken/NNP/PERSON met/VBD=meet with/IN Son/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "punct 1 4")
                .actor(0, 1, BLINKEN).actor(3, 4, SON);

        assertThat(drafts(t, triggers())).extracting(EventDraft::sentence, EventDraft::token, EventDraft::trigger,
                        d -> d.coding().cameo())
                .containsExactly(tuple(0, 3, "phone talks", "041"), tuple(1, 1, "met", "040"));
    }

    @Test
    void aTriggerNounThatIsTheObjectOfATriggerVerbIsNoCandidateOfItsOwn() {
        // Son welcomed the US support . — one act of support, not two
        ParsedText t = new ParsedText().sentence(
                        "Son/NNP/PERSON welcomed/VBD=welcome the/DT US/NNP/COUNTRY support/NN=support ./.",
                        "nsubj 1 0", "root -1 1", "det 4 2", "compound 4 3", "obj 1 4", "punct 1 5")
                .actor(0, 1, SON).actor(3, 4, USA, ActorMention.Basis.COUNTRY);

        assertThat(drafts(t, triggers())).singleElement().satisfies(d -> {
            assertThat(d.trigger()).isEqualTo("welcomed");
            assertThat(d.rule().type()).isEqualTo("SUPPORT");
        });
    }

    @Test
    void captionsAndUnparsedSentencesGiveNoCandidates() {
        ParsedText t = blinkenMetSonInHanoi().caption()
                .sentence("Blinken/NNP/PERSON met/VBD=meet Son/NNP/PERSON ./.").actor(0, 1, BLINKEN).actor(2, 3, SON);
        assertThat(drafts(t, triggers())).isEmpty();
    }

    @Test
    void callingOnSomeoneToActIsARequest() {
        // Blinken called on Son to speed up the review .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON called/VBD=call on/IN Son/NNP/PERSON to/TO=to "
                                + "speed/VB=speed up/RP=up the/DT review/NN ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "mark 5 4", "xcomp 1 5", "compound:prt 5 6",
                        "det 8 7", "obj 5 8", "punct 1 9")
                .actor(0, 1, BLINKEN).actor(3, 4, SON);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REQUEST");
            assertThat(e.source()).containsExactly(BLINKEN);
            assertThat(e.target()).containsExactly(SON);
        });
    }

    @Test
    void callingOnSomeoneForSomethingIsARequest() {
        // Son called on Blinken for support .
        ParsedText t = new ParsedText().sentence("Son/NNP/PERSON called/VBD=call on/IN Blinken/NNP/PERSON for/IN "
                                + "support/NN=support ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "case 5 4", "obl 1 5", "punct 1 6")
                .actor(0, 1, SON).actor(3, 4, BLINKEN);
        assertThat(extract(t)).anyMatch(e -> e.type().equals("REQUEST"));
    }

    @Test
    void callingOnSomeoneWithNothingAskedIsACourtesyCallNoRequest() {
        // Blinken also called on Son during the visit .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON also/RB called/VBD=call on/IN Son/NNP/PERSON "
                                + "during/IN the/DT visit/NN=visit ./.",
                        "nsubj 2 0", "advmod 2 1", "root -1 2", "case 4 3", "obl 2 4", "case 7 5", "det 7 6", "obl 2 7",
                        "punct 2 8")
                .actor(0, 1, BLINKEN).actor(4, 5, SON);
        assertThat(drafts(t, triggers())).noneMatch(d -> d.token() == 2);
        assertThat(TriggerLexicon.bundled().isLightVerb("call")).as("'call' carries no nominal trigger ('called a meeting')").isFalse();
    }

    @Test
    void aReviewTheSidesHoldIsTheirMeetingButAReviewOfAPolicyIsNone() {
        // Son and Blinken held the annual review in Washington . / The ministry began a review of its rules .
        ParsedText held = new ParsedText().sentence("Son/NNP/PERSON and/CC Blinken/NNP/PERSON held/VBD=hold the/DT "
                                + "annual/JJ review/NN in/IN Washington/NNP/CITY ./.",
                        "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3", "det 6 4", "amod 6 5", "obj 3 6", "case 8 7",
                        "obl 3 8", "punct 3 9")
                .actor(0, 1, SON).actor(2, 3, BLINKEN);
        ParsedText policy = new ParsedText().sentence("Vietnam/NNP/COUNTRY began/VBD=begin a/DT review/NN of/IN "
                                + "the/DT rules/NNS=rule ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 6 4", "det 6 5", "nmod 3 6", "punct 1 7")
                .actor(0, 1, VIETNAM, ActorMention.Basis.COUNTRY);

        assertThat(extract(held)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONSULT");
            assertThat(e.trigger()).isEqualTo("held review");
            assertThat(e.source()).containsExactly(SON);
            assertThat(e.target()).containsExactly(BLINKEN);
        });
        assertThat(extract(policy)).isEmpty();
    }

    @Test
    void invitingASideToDoSomethingIsARequestAndToVisitAnOfferToMeet() {
        // Trong invited the US to help train engineers . / Trong invited Biden to visit Hanoi .
        ParsedText help = new ParsedText().sentence("Trong/NNP/PERSON invited/VBD=invite the/DT US/NNP/COUNTRY to/TO "
                                + "help/VB=help train/VB=train engineers/NNS=engineer ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "mark 5 4", "xcomp 1 5", "xcomp 5 6", "obj 6 7",
                        "punct 1 8")
                .actor(0, 1, TRONG).actor(3, 4, USA, ActorMention.Basis.COUNTRY);
        ParsedText visit = new ParsedText().sentence("Trong/NNP/PERSON invited/VBD=invite Biden/NNP/PERSON to/TO "
                                + "visit/VB=visit Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "mark 4 3", "xcomp 1 4", "obj 4 5", "punct 1 6")
                .actor(0, 1, TRONG).actor(2, 3, BIDEN);

        assertThat(extract(help)).filteredOn(e -> e.trigger().equals("invited")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REQUEST");
            assertThat(e.source()).containsExactly(TRONG);
            assertThat(e.target()).containsExactly(USA);
        });
        assertThat(extract(visit)).filteredOn(e -> e.trigger().equals("invited"))
                .extracting(e -> e.type()).containsOnly("AGREE");
    }
}
