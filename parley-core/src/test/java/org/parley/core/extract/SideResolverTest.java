package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

class SideResolverTest {

    @Test
    void anAgreementParsedWithOneSubjectTakesTheOtherSideFromTheSentence() {
        // Son , Blinken agree to speed up projects .   (a headline: the parser sees one subject)
        ParsedText t = new ParsedText().sentence(
                        "Son/NNP/PERSON ,/, Blinken/NNP/PERSON agree/VBP=agree to/TO speed/VB=speed up/RP "
                                + "projects/NNS=project ./.",
                        "dep 2 0", "punct 0 1", "nsubj 3 2", "root -1 3", "mark 5 4", "xcomp 3 5", "compound:prt 5 6",
                        "obj 5 7", "punct 3 8")
                .actor(0, 1, SON).actor(2, 3, BLINKEN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("AGREE");
            assertThat(e.source()).containsExactly(BLINKEN);
            assertThat(e.target()).containsExactly(SON);
        });
    }

    @Test
    void aPromiseTwoSidesMadeEachOtherHasOneSideAsTarget() {
        // Son and Blinken pledged to speed up projects .
        ParsedText t = new ParsedText().sentence(
                        "Son/NNP/PERSON and/CC Blinken/NNP/PERSON pledged/VBD=pledge to/TO speed/VB=speed up/RP "
                                + "projects/NNS=project ./.",
                        "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3", "mark 5 4", "xcomp 3 5", "compound:prt 5 6",
                        "obj 5 7", "punct 3 8")
                .actor(0, 1, SON).actor(2, 3, BLINKEN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("AGREE");
            assertThat(e.source()).containsExactly(SON);
            assertThat(e.target()).containsExactly(BLINKEN);
        });
    }

    @Test
    void conjoinedSubjectsOfAJointActGiveSourceAndTargetInOrder() {
        // Son and Blinken co-chaired the Dialogue .
        ParsedText t = new ParsedText().sentence(
                        "Son/NNP/PERSON and/CC Blinken/NNP/PERSON co-chaired/VBD=co-chair the/DT Dialogue/NN=dialogue ./.",
                        "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3", "det 5 4", "obj 3 5", "punct 3 6")
                .actor(0, 1, SON).actor(2, 3, BLINKEN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.trigger()).isEqualTo("co-chaired");
            assertThat(e.source()).containsExactly(SON);
            assertThat(e.target()).containsExactly(BLINKEN);
        });
    }

    @Test
    void aGroupSubjectGivesBothSidesOfAnAgreement() {
        // The two sides agreed to cooperate .
        ParsedText t = new ParsedText().sentence("The/DT two/CD sides/NNS=side agreed/VBD=agree to/TO cooperate/VB ./.",
                        "det 2 0", "nummod 2 1", "nsubj 3 2", "root -1 3", "mark 5 4", "xcomp 3 5", "punct 3 6")
                .actor(1, 3, BLINKEN, ActorMention.Basis.GROUP).actor(1, 3, SON, ActorMention.Basis.GROUP);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("AGREE");
            assertThat(e.source()).containsExactly(BLINKEN);
            assertThat(e.target()).containsExactly(SON);
        });
    }

    @Test
    void aThreatWithoutANamedAddresseeIsOneSided() {
        // Iran threatened to launch an offensive .
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY threatened/VBD=threaten to/TO launch/VB "
                        + "an/DT offensive/NN ./.",
                "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "det 5 4", "obj 3 5", "punct 1 6")
                .actor(0, 1, IRAN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("THREATEN");
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).isEmpty();
        });
    }

    @Test
    void aMeetingStillNeedsItsPartner() {
        // Iran met reporters .
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY met/VBD=meet reporters/NNS=reporter ./.",
                "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3").actor(0, 1, IRAN);
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void aProtestTargetsTheCountryItTakesPlaceIn() {
        // Students protested in Vietnam .
        Actor students = new Actor("students", ActorKind.GROUP, null, "VNM", "EDU");
        ParsedText t = new ParsedText().sentence(
                        "Students/NNS=student protested/VBD=protest in/IN Vietnam/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "punct 1 4")
                .actor(0, 1, students).actor(3, 4, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("PROTEST");
            assertThat(e.source()).containsExactly(students);
            assertThat(e.target()).containsExactly(VIETNAM);
        });
    }

    @Test
    void aProtestTargetsTheCountryOfAPlaceHangingOnItsDay() {
        // Students protested on Tuesday in Vietnam .
        Actor students = new Actor("students", ActorKind.GROUP, null, null, "EDU");
        ParsedText t = new ParsedText().sentence(
                        "Students/NNS=student protested/VBD=protest on/IN Tuesday/NNP/DATE in/IN Vietnam/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "case 5 4", "nmod 3 5", "punct 1 6")
                .actor(0, 1, students).actor(5, 6, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("PROTEST");
            assertThat(e.target()).containsExactly(VIETNAM);
        });
    }

    @Test
    void anAttackOnACityTargetsItsCountry() {
        // Rebels shelled Hanoi .
        Actor rebels = new Actor("rebels", ActorKind.GROUP, null, null, "REB");
        ParsedText t = new ParsedText().sentence("Rebels/NNS=rebel shelled/VBD=shell Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, rebels);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ASSAULT");
            assertThat(e.target()).extracting(Actor::country).containsExactly("VNM");
        });
    }

    @Test
    void aPeoplesStagedProtestWithoutAddresseeTargetsItsOwnState() {
        // Students staged demonstrations .
        Actor students = new Actor("students", ActorKind.GROUP, null, "VNM", "EDU");
        ParsedText t = new ParsedText().sentence("Students/NNS=student staged/VBD=stage demonstrations/NNS=demonstration ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, students);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("PROTEST");
            assertThat(e.source()).containsExactly(students);
            assertThat(e.target()).containsExactly(VIETNAM);
        });
    }

    @Test
    void liftingACurfewInACityConcedesToItsCountry() {
        // The US lifted a curfew in Hanoi .
        ParsedText t = new ParsedText().sentence("The/DT US/NNP/COUNTRY lifted/VBD=lift a/DT curfew/NN=curfew in/IN "
                                + "Hanoi/NNP/CITY ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "obj 2 4", "case 6 5", "nmod 4 6", "punct 2 7")
                .actor(1, 2, USA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONCEDE");
            assertThat(e.source()).containsExactly(USA);
            assertThat(e.target()).extracting(Actor::country).containsExactly("VNM");
        });
    }

    @Test
    void aRejectedOfferTargetsTheSideItCameFrom() {
        // France rejected an offer from Iran .
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY rejected/VBD=reject an/DT offer/NN=offer "
                                + "from/IN Iran/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "punct 1 6")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(5, 6, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REJECT");
            assertThat(e.source()).containsExactly(FRANCE);
            assertThat(e.target()).containsExactly(IRAN);
        });
    }

    @Test
    void aPronounSubjectOfWhatIsReportedIsTheReporter() {
        // Iran said they will release the prisoners .  /  Iran said the rebels ... they : not reported
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY said/VBD=say they/PRP=they will/MD release/VB=release "
                                + "the/DT prisoners/NNS=prisoner ./.",
                        "nsubj 1 0", "root -1 1", "nsubj 4 2", "aux 4 3", "ccomp 1 4", "det 6 5", "obj 4 6", "punct 1 7")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY)
                .sentence("They/PRP=they will/MD release/VB=release the/DT prisoners/NNS=prisoner ./.",
                        "nsubj 2 0", "aux 2 1", "root -1 2", "det 4 3", "obj 2 4", "punct 2 5");
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("AGREE");
            assertThat(e.source()).containsExactly(IRAN);
        });
    }

    @Test
    void restrictionsAgainstAPeoplesGoodsTargetItsCountry() {
        // Iran imposed restrictions against French goods .
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY imposed/VBD=impose restrictions/NNS=restriction "
                                + "against/IN French/JJ/NATIONALITY goods/NNS=good ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 5 3", "amod 5 4", "nmod 2 5", "punct 1 6")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(4, 5, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("COERCE");
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(FRANCE);
        });
    }

    @Test
    void aBanOnAPresidentsOwnPeopleTargetsHisCountryButATalkDoesNot() {
        // Biden banned American candidates .  /  Biden talked with American candidates .
        ParsedText t = new ParsedText()
                .sentence("Biden/NNP/PERSON banned/VBD=ban American/JJ/NATIONALITY candidates/NNS=candidate ./.",
                        "nsubj 1 0", "root -1 1", "amod 3 2", "obj 1 3", "punct 1 4")
                .actor(0, 1, BIDEN).actor(2, 3, USA, ActorMention.Basis.COUNTRY)
                .sentence("Biden/NNP/PERSON talked/VBD=talk with/IN American/JJ/NATIONALITY candidates/NNS=candidate ./.",
                        "nsubj 1 0", "root -1 1", "case 4 2", "amod 4 3", "obl 1 4", "punct 1 5")
                .actor(0, 1, BIDEN).actor(3, 4, USA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("COERCE");
            assertThat(e.source()).containsExactly(BIDEN);
            assertThat(e.target()).containsExactly(USA);
        });
    }

    @Test
    void aByPhraseOfAPassiveVerbIsItsAgentEvenAsAPlainOblique() {
        // The camp was attacked by Iranian militiamen .
        Actor militiamen = new Actor("militiamen of Iran", ActorKind.GROUP, null, "IRN", "REB");
        ParsedText t = new ParsedText().sentence("The/DT camp/NN=camp was/VBD=be attacked/VBN=attack by/IN "
                                + "Iranian/JJ/NATIONALITY militiamen/NNS=militiaman ./.",
                        "det 1 0", "nsubj:pass 3 1", "aux:pass 3 2", "root -1 3", "case 6 4", "amod 6 5", "obl 3 6",
                        "punct 3 7")
                .actor(5, 7, militiamen);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ASSAULT");
            assertThat(e.source()).containsExactly(militiamen);
        });
    }

    @Test
    void aPassiveReceptionRestatesTheVisitAndTakesNoAgentFromAPlainOblique() {
        // Blinken was received by Son .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON was/VBD=be received/VBN=receive by/IN Son/NNP/PERSON ./.",
                        "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "case 4 3", "obl 2 4", "punct 2 5")
                .actor(0, 1, BLINKEN).actor(4, 5, SON);
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void aGroupOfNoKnownCountryActsForTheBodyNamedBeforeIt() {
        // Hamas fighters attacked Israel .   (Hamas and "fighters" resolved apart)
        Actor hamas = new Actor("Hamas", ActorKind.ORGANIZATION, null, "PSE", "REB");
        Actor fighters = new Actor("fighters", ActorKind.GROUP, null, null, "REB");
        Actor israel = Actor.country("Israel", "ISR");
        ParsedText t = new ParsedText().sentence("Hamas/NNP/ORGANIZATION fighters/NNS=fighter attacked/VBD=attack "
                                + "Israel/NNP/COUNTRY ./.",
                        "compound 1 0", "nsubj 2 1", "root -1 2", "obj 2 3", "punct 2 4")
                .actor(0, 1, hamas).actor(1, 2, fighters).actor(3, 4, israel, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(hamas);
            assertThat(e.target()).containsExactly(israel);
        });
    }

    @Test
    void theOwnerOfAnUnnamedOfficeActsForIt() {
        // Iran 's envoy threatened France .
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY 's/POS envoy/NN=envoy threatened/VBD=threaten "
                                + "France/NNP/COUNTRY ./.",
                        "nmod:poss 2 0", "case 0 1", "nsubj 3 2", "root -1 3", "obj 3 4", "punct 3 5")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(4, 5, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("THREATEN");
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(FRANCE);
        });
    }

    @Test
    void resumedTalksAreTalks() {
        // Iran and France resumed talks .
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY and/CC France/NNP/COUNTRY resumed/VBD=resume "
                                + "talks/NNS=talk ./.",
                        "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3", "obj 3 4", "punct 3 5")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(2, 3, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONSULT");
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(FRANCE);
        });
    }

    @Test
    void dropsCandidatesWithoutSidesAndKeepsNoActorOnBoth() {
        // Blinken met Blinken and Son . / Blinken met reporters .
        ParsedText t = new ParsedText()
                .sentence("Blinken/NNP/PERSON met/VBD=meet Blinken/NNP/PERSON and/CC Son/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "cc 4 3", "conj 2 4", "punct 1 5")
                .actor(0, 1, BLINKEN).actor(2, 3, BLINKEN).actor(4, 5, SON)
                .sentence("Blinken/NNP/PERSON met/VBD=meet reporters/NNS=reporter ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, BLINKEN);

        assertThat(drafts(t, triggers(), modality(), arguments(), sides())).singleElement().satisfies(d -> {
            assertThat(d.sentence()).isZero();
            assertThat(d.sides().source()).containsExactly(BLINKEN);
            assertThat(d.sides().target()).containsExactly(SON);
        });
    }
    @Test
    void aProtestAgainstAStatesDecisionTargetsThatState() {
        // Iran protested against France 's decision .
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY protested/VBD=protest against/IN France/NNP/COUNTRY "
                                + "'s/POS decision/NN=decision ./.",
                        "nsubj 1 0", "root -1 1", "case 5 2", "nmod:poss 5 3", "case 3 4", "obl 1 5", "punct 1 6")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(3, 4, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("PROTEST");
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(FRANCE);
        });
    }

    @Test
    void aNounEventTakesItsSourceFromItsNationalityAndItsTargetFromWhatItIsAgainst() {
        // Iranian riots against French policies continue .
        ParsedText t = new ParsedText().sentence("Iranian/JJ/NATIONALITY riots/NNS=riot against/IN French/JJ/NATIONALITY "
                                + "policies/NNS=policy continue/VBP=continue ./.",
                        "amod 1 0", "nsubj 5 1", "case 4 2", "amod 4 3", "nmod 1 4", "root -1 5", "punct 5 6")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(3, 4, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("PROTEST");
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(FRANCE);
        });
    }
    @Test
    void anObjectParsedAsTheSubjectOfAClauseStillNamesTheTarget() {
        // Iran rejected France 's demand to end talks .   (the parser: "demand" subject of "end")
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY rejected/VBD=reject France/NNP/COUNTRY 's/POS "
                                + "demand/NN=demand to/TO end/VB=end talks/NNS=talk ./.",
                        "nsubj 1 0", "root -1 1", "nmod:poss 4 2", "case 2 3", "nsubj 6 4", "dep 6 5", "ccomp 1 6",
                        "obj 6 7", "punct 1 8")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(2, 3, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REJECT");
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(FRANCE);
        });
    }

    @Test
    void callsByAStatesRulersTargetThatState() {
        // Iran rejected calls by France 's rulers .
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY rejected/VBD=reject calls/NNS=call by/IN "
                                + "France/NNP/COUNTRY 's/POS rulers/NNS=ruler ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 6 3", "nmod:poss 6 4", "case 4 5", "nmod 2 6",
                        "punct 1 7")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(4, 5, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REJECT");
            assertThat(e.target()).containsExactly(FRANCE);
        });
    }
    @Test
    void aProtestAgainstDemandsByAPeoplesLeadersTargetsTheirCountry() {
        // Iran protested against demands by French leaders .
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY protested/VBD=protest against/IN demands/NNS=demand "
                                + "by/IN French/JJ/NATIONALITY leaders/NNS=leader ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "case 6 4", "amod 6 5", "nmod 3 6", "punct 1 7")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(5, 6, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("PROTEST")).singleElement()
                .satisfies(e -> assertThat(e.target()).containsExactly(FRANCE));
    }
    @Test
    void aNounEventInsideAnotherNounTakesNoSourceFromItsNationality() {
        // Son recalled the lifting of the Iranian embargo against France .
        ParsedText t = new ParsedText().sentence("Son/NNP/PERSON recalled/VBD=recall the/DT lifting/NN=lifting of/IN "
                                + "the/DT Iranian/JJ/NATIONALITY embargo/NN=embargo against/IN France/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 7 4", "det 7 5", "amod 7 6", "nmod 3 7",
                        "case 9 8", "nmod 7 9", "punct 1 10")
                .actor(0, 1, SON).actor(6, 7, IRAN, ActorMention.Basis.COUNTRY)
                .actor(9, 10, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).noneMatch(e -> e.source().contains(IRAN));
    }

    @Test
    void aStatesAccusationOfABodyOfNoKnownCountryTargetsItsOwnCountryButNeverAnInternationalOne() {
        // Iran accused Kayhan and the Agency of lying .
        Actor paper = new Actor("Kayhan", ActorKind.ORGANIZATION, null, null, "MED");
        Actor agency = new Actor("Agency", ActorKind.ORGANIZATION, null, null, "IGO");
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY accused/VBD=accuse Kayhan/NNP/ORGANIZATION and/CC "
                                + "the/DT Agency/NNP/ORGANIZATION of/IN lying/VBG=lie ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "cc 5 3", "det 5 4", "conj 2 5", "mark 7 6",
                        "advcl 1 7", "punct 1 8")
                .actor(0, 1, IRAN).actor(2, 3, paper).actor(4, 6, agency);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ACCUSE");
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(new Actor("Kayhan", ActorKind.ORGANIZATION, null, "IRN", "MED"),
                    agency);
        });
    }

    @Test
    void aMeetingWithAPersonOfNoKnownCountryGivesThatPersonNoCountry() {
        // Biden met Kessler .
        Actor kessler = new Actor("Kessler", ActorKind.PERSON, null, null, null);
        ParsedText t = new ParsedText().sentence("Biden/NNP/PERSON met/VBD=meet Kessler/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, BIDEN).actor(2, 3, kessler);
        assertThat(extract(t)).singleElement().satisfies(e -> assertThat(e.target()).containsExactly(kessler));
    }
}
