package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.core.dates.EventDating;
import org.parley.core.places.Countries;
import org.parley.core.places.Gazetteer;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EventDate;
import org.parley.model.EventMention;

class EventExtractorTest {

    private static final Actor BLINKEN = new Actor("Antony Blinken", ActorKind.PERSON, "Secretary of State", "USA", "GOV");
    private static final Actor SON = new Actor("Bui Thanh Son", ActorKind.PERSON, "Minister of Foreign Affairs", "VNM", "GOV");
    private static final Actor CHINH = new Actor("Pham Minh Chinh", ActorKind.PERSON, "Prime Minister", "VNM", "GOV");
    private static final Actor TRONG = new Actor("Nguyen Phu Trong", ActorKind.PERSON, "General Secretary", "VNM", "PTY");
    private static final Actor BIDEN = new Actor("Joe Biden", ActorKind.PERSON, "President", "USA", "GOV");
    private static final Actor USA = Actor.country("United States", "USA");
    private static final Actor VIETNAM = Actor.country("Vietnam", "VNM");

    /** Records the trigger it was asked about, so tests can check what the dater receives. */
    private static final EventDating DATER = (article, text, sentence, trigger, participants) ->
            new EventDate.Unknown(List.of("s" + sentence + " t" + trigger + " " + participants.size()));

    private final EventExtractor extractor = new EventExtractor(DATER, Gazetteer.bundled(), Countries.bundled());

    private List<EventMention> extract(ParsedText t) {
        return extractor.extract(t.article(), t.annotation(), t.actors());
    }

    private static ParsedText blinkenMetSonInHanoi() {
        // Blinken met with Son in Hanoi .
        return new ParsedText().sentence("Blinken/NNP/PERSON met/VBD=meet with/IN Son/NNP/PERSON in/IN Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "case 5 4", "obl 1 5", "punct 1 6")
                .actor(0, 1, BLINKEN).actor(3, 4, SON);
    }

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
    void readsAMeetingWithItsSubjectPartnerAndGeocodedPlace() {
        List<EventMention> events = extract(blinkenMetSonInHanoi());
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONSULT");
            assertThat(e.mode()).isEqualTo("meeting");
            assertThat(e.cameo()).isEqualTo("040");
            assertThat(e.trigger()).isEqualTo("met");
            assertThat(e.source()).containsExactly(BLINKEN);
            assertThat(e.target()).containsExactly(SON);
            assertThat(e.location().name()).isEqualTo("Hanoi");
            assertThat(e.location().country()).isEqualTo("VNM");
            assertThat(e.location().lat()).isBetween(20.0, 22.0);
            assertThat(e.background()).isFalse();
            assertThat(e.evidence().sentence()).isZero();
            assertThat(e.evidence().text()).isEqualTo("Blinken met with Son in Hanoi .");
            assertThat(e.date().evidence()).containsExactly("s0 t1 2");
        });
    }

    @Test
    void aPlaceIsNeverAnActor() {
        // Blinken met in Washington . — the capital is where, not with whom
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON met/VBD=meet in/IN Washington/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "punct 1 4")
                .actor(0, 1, BLINKEN).actor(3, 4, USA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void noEventWithoutActorsOnBothSides() {
        // Blinken met reporters .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON met/VBD=meet reporters/NNS=reporter ./.",
                "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3").actor(0, 1, BLINKEN);
        assertThat(extract(t)).isEmpty();
    }

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
    void aHistoricVisitSinceWhichThingsHappenedIsBackground() {
        // progress since Biden 's historic visit to Hanoi
        ParsedText t = new ParsedText().sentence("They/PRP reviewed/VBD=review progress/NN since/IN Biden/NNP/PERSON "
                                + "'s/POS historic/JJ visit/NN to/IN Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 7 3", "nmod:poss 7 4", "case 4 5", "amod 7 6",
                        "nmod 2 7", "case 9 8", "nmod 7 9", "punct 1 10")
                .actor(4, 5, BIDEN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.background()).isTrue();
            assertThat(e.source()).containsExactly(BIDEN);
            assertThat(e.target()).extracting(Actor::name).containsExactly("Vietnam");
            assertThat(e.location().name()).isEqualTo("Hanoi");
        });
    }

    @Test
    void resultsOfEarlierPhoneTalksAreBackground() {
        // Trung studied results of the phone talks between Trong and Biden .
        ParsedText t = new ParsedText().sentence("Trung/NNP/PERSON studied/VBD=study results/NNS=result of/IN the/DT "
                                + "phone/NN talks/NNS=talk between/IN Trong/NNP/PERSON and/CC Biden/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 6 3", "det 6 4", "compound 6 5", "nmod 2 6",
                        "case 8 7", "nmod 6 8", "cc 10 9", "conj 8 10", "punct 1 11")
                .actor(8, 9, TRONG).actor(10, 11, BIDEN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.background()).isTrue();
            assertThat(e.mode()).isEqualTo("phone");
            assertThat(e.source()).containsExactly(TRONG);
            assertThat(e.target()).containsExactly(BIDEN);
        });
    }

    private static final Actor IRAN = Actor.country("Iran", "IRN");
    private static final Actor FRANCE = Actor.country("France", "FRA");

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
    void anAnnouncedBlockadeIsAThreat() {
        // France would blockade Iran .
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY would/MD blockade/VB Iran/NNP/COUNTRY ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "punct 2 4").actor(0, 1, FRANCE).actor(3, 4, IRAN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("THREATEN");
            assertThat(e.cameo()).isEqualTo("137");
            assertThat(e.target()).containsExactly(IRAN);
        });
    }

    @Test
    void anAnnouncedRefusalToMeetIsARejectionAndAPastOneIsNothing() {
        // France would not meet Iran . / France did not meet Iran .
        ParsedText t = new ParsedText()
                .sentence("France/NNP/COUNTRY would/MD not/RB meet/VB Iran/NNP/COUNTRY ./.",
                        "nsubj 3 0", "aux 3 1", "advmod 3 2", "root -1 3", "obj 3 4", "punct 3 5")
                .actor(0, 1, FRANCE).actor(4, 5, IRAN)
                .sentence("France/NNP/COUNTRY did/VBD=do not/RB meet/VB Iran/NNP/COUNTRY ./.",
                        "nsubj 3 0", "aux 3 1", "advmod 3 2", "root -1 3", "obj 3 4", "punct 3 5")
                .actor(0, 1, FRANCE).actor(4, 5, IRAN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REJECT");
            assertThat(e.evidence().sentence()).isZero();
        });
    }

    @Test
    void aFailedAgreementIsNoEvent() {
        // France failed to reach agreement .
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY failed/VBD=fail to/TO agree/VB ./.",
                "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "punct 1 4").actor(0, 1, FRANCE);
        assertThat(extract(t)).isEmpty();
    }

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
    void negatedWishedAndInvitedMeetingsAreNotEvents() {
        // Blinken did not meet Son . / Biden wishes to visit Vietnam .
        ParsedText t = new ParsedText()
                .sentence("Blinken/NNP/PERSON did/VBD=do not/RB meet/VB Son/NNP/PERSON ./.",
                        "nsubj 3 0", "aux 3 1", "advmod 3 2", "root -1 3", "obj 3 4", "punct 3 5")
                .actor(0, 1, BLINKEN).actor(4, 5, SON)
                .sentence("Biden/NNP/PERSON wishes/VBZ=wish to/TO visit/VB Vietnam/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "obj 3 4", "punct 1 5")
                .actor(0, 1, BIDEN).actor(4, 5, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void elaborationsOfAMeetingAddTopicsButNoSecondMeetingAndInheritItsPlace() {
        ParsedText t = blinkenMetSonInHanoi()
                // Blinken and Son discussed trade and the East Sea .
                .sentence("Blinken/NNP/PERSON and/CC Son/NNP/PERSON discussed/VBD=discuss trade/NN and/CC "
                                + "the/DT East_Sea/NNP/LOCATION ./.",
                        "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3", "obj 3 4", "cc 7 5", "det 7 6", "conj 4 7",
                        "punct 3 8")
                .actor(0, 1, BLINKEN).actor(2, 3, SON)
                // Blinken praised Son .
                .sentence("Blinken/NNP/PERSON praised/VBD=praise Son/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, BLINKEN).actor(2, 3, SON);
        List<EventMention> events = extract(t);
        assertThat(events).extracting(EventMention::type).containsExactly("CONSULT", "SUPPORT");
        assertThat(events.get(0).topics()).containsExactly("trade", "maritime");
        assertThat(events.get(1).location().name()).isEqualTo("Hanoi");
        assertThat(events.get(1).evidence().sentence()).isEqualTo(2);
    }

    @Test
    void captionsAreSkipped() {
        ParsedText t = blinkenMetSonInHanoi().caption();
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void givesTheSameEventsFromSeveralThreads() throws Exception {
        ParsedText t = blinkenMetSonInHanoi();
        List<EventMention> expected = extract(t);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EventMention>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> extract(t)));
            }
            for (Future<List<EventMention>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
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
    void aPromisedWithdrawalIsAnAgreementAndADoneOneARetreat() {
        // Vietnam will withdraw from the US . / Vietnam withdrew from the US .
        for (boolean promise : new boolean[] {true, false}) {
            ParsedText t = promise
                    ? new ParsedText().sentence("Vietnam/NNP/COUNTRY will/MD=will withdraw/VB=withdraw from/IN "
                                    + "the/DT US/NNP/COUNTRY ./.",
                            "nsubj 2 0", "aux 2 1", "root -1 2", "case 5 3", "det 5 4", "obl 2 5", "punct 2 6")
                    .actor(0, 1, VIETNAM, ActorMention.Basis.COUNTRY).actor(5, 6, USA, ActorMention.Basis.COUNTRY)
                    : new ParsedText().sentence("Vietnam/NNP/COUNTRY withdrew/VBD=withdraw to/IN the/DT US/NNP/COUNTRY ./.",
                            "nsubj 1 0", "root -1 1", "case 4 2", "det 4 3", "obl 1 4", "punct 1 5")
                    .actor(0, 1, VIETNAM, ActorMention.Basis.COUNTRY).actor(4, 5, USA, ActorMention.Basis.COUNTRY);
            List<EventMention> events = extract(t);
            assertThat(events).as(promise ? "promised" : "done").singleElement()
                    .satisfies(e -> assertThat(e.type()).isEqualTo(promise ? "AGREE" : "RETREAT"));
        }
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
}
