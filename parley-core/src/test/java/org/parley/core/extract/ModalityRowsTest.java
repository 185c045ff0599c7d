package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.ActorKind;
import org.parley.model.EventMention;

/**
 * Rules of session 14 (issue 12) by which the modality of an act decides its type: readiness through
 * the acts it is for, an announced act of force whose verb the tagger took for a noun, an act another
 * side must do, a statement's demand, and the announced coercions the triggers now see. Each on a
 * sentence written for the test, parsed by hand.
 */
class ModalityRowsTest {

    @Test
    void helpOfferedThroughTheActItIsForIsAnAgreementAndHelpGivenIsAid() {
        // France is willing to send material to help Iran . / France sent material to help Iran .
        for (boolean offered : new boolean[] {true, false}) {
            ParsedText t = offered
                    ? new ParsedText().sentence("France/NNP/COUNTRY is/VBZ=be willing/JJ=willing to/TO send/VB=send"
                                    + " material/NN=material to/TO help/VB=help Iran/NNP/COUNTRY ./.",
                            "nsubj 2 0", "cop 2 1", "root -1 2", "mark 4 3", "xcomp 2 4", "obj 4 5", "mark 7 6",
                            "xcomp 4 7", "obj 7 8", "punct 2 9")
                    .actor(0, 1, FRANCE).actor(8, 9, IRAN)
                    : new ParsedText().sentence("France/NNP/COUNTRY sent/VBD=send material/NN=material to/TO"
                                    + " help/VB=help Iran/NNP/COUNTRY ./.",
                            "nsubj 1 0", "root -1 1", "obj 1 2", "mark 4 3", "xcomp 1 4", "obj 4 5", "punct 1 6")
                    .actor(0, 1, FRANCE).actor(5, 6, IRAN);
            assertThat(extract(t)).as(offered ? "offered" : "given").singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(offered ? "AGREE" : "AID");
                assertThat(e.cameo()).isEqualTo(offered ? "033" : "070");
                assertThat(e.source()).containsExactly(FRANCE);
                assertThat(e.target()).containsExactly(IRAN);
            });
        }
    }

    @Test
    void aBlockadeTheTaggerReadAsANounUnderWouldIsAnAnnouncedThreat() {
        // France would blockade Iran .  (the tagger says NN for "blockade")
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY would/MD=would blockade/NN=blockade Iran/NNP/COUNTRY ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "punct 2 4").actor(0, 1, FRANCE).actor(3, 4, IRAN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("THREATEN");
            assertThat(e.cameo()).isEqualTo("137");
            assertThat(e.source()).containsExactly(FRANCE);
            assertThat(e.target()).containsExactly(IRAN);
        });
    }

    @Test
    void aNounUnderAModalIsAVerbUnlessItHasACopula() {
        // France would blockade Iran . / Son will be president .
        DependencyGraph blockade = new DependencyGraph(new ParsedText().sentence(
                "France/NNP would/MD=would blockade/NN=blockade Iran/NNP ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "punct 2 4").annotation().sentences().get(0));
        DependencyGraph president = new DependencyGraph(new ParsedText().sentence(
                "Son/NNP will/MD=will be/VB=be president/NN=president ./.",
                "nsubj 3 0", "aux 3 1", "cop 3 2", "root -1 3", "punct 3 4").annotation().sentences().get(0));
        assertThat(blockade.isVerb(2)).isTrue();
        assertThat(blockade.isNoun(2)).isFalse();
        assertThat(blockade.isNoun(3)).isTrue();
        assertThat(president.isNoun(3)).isTrue();
        assertThat(president.isVerb(3)).isFalse();
    }

    @Test
    void whatASpeakerSaysAnotherSideMustDoIsARequestNotTheActEvenWhenTheParseHangsTheReportUnderATrigger() {
        // Son said Iran must reach an agreement before aid is released .  (parsed, as the parser does, with
        // "said" the complement of "released")
        ParsedText t = new ParsedText().sentence("Son/NNP/PERSON said/VBD=say Iran/NNP/COUNTRY must/MD=must reach/VB=reach"
                        + " an/DT agreement/NN=agreement before/IN aid/NN=aid is/VBZ=be released/VBN=release ./.",
                "nsubj 1 0", "ccomp 10 1", "nsubj 4 2", "aux 4 3", "ccomp 1 4", "det 6 5", "obj 4 6", "mark 10 7",
                "nsubj:pass 10 8", "aux:pass 10 9", "root -1 10", "punct 10 11")
                .actor(0, 1, SON).actor(2, 3, IRAN);
        List<EventMention> events = extract(t);
        assertThat(events).extracting(EventMention::type).doesNotContain("AGREE");
        assertThat(events).filteredOn(e -> e.type().equals("REQUEST")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(SON);
            assertThat(e.target()).containsExactly(IRAN);
        });
    }

    @Test
    void anActTheSpeakerSaysMustBeDoneIsNotReportedAsDone() {
        // Iran must withdraw from Iraq , France said .  (no reporting verb governs "must": still not done)
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY must/MD=must withdraw/VB=withdraw from/IN"
                        + " Iraq/NNP/COUNTRY ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "case 4 3", "obl 2 4", "punct 2 5")
                .actor(0, 1, IRAN).actor(4, 5, org.parley.model.Actor.country("Iraq", "IRQ"));
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void aDemandStatedByAStatementIsTheIssuersAndNotByAnyObject() {
        // France issued a statement demanding that Iran withdraw . / France rejected a plan demanding that Iran withdraw .
        for (String verb : new String[] {"issued/VBD=issue", "rejected/VBD=reject"}) {
            ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY " + verb + " a/DT statement/NN=statement"
                            + " demanding/VBG=demand that/IN Iran/NNP/COUNTRY withdraw/VB=withdraw ./.",
                    "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "acl 3 4", "mark 7 5", "nsubj 7 6", "ccomp 4 7",
                    "punct 1 8")
                    .actor(0, 1, FRANCE).actor(6, 7, IRAN);
            List<EventMention> requests = extract(t).stream().filter(e -> e.type().equals("REQUEST")).toList();
            if (verb.startsWith("issued")) {
                assertThat(requests).singleElement().satisfies(e -> {
                    assertThat(e.source()).containsExactly(FRANCE);
                    assertThat(e.target()).containsExactly(IRAN);
                });
            } else {
                assertThat(requests).as("a rejected plan's demand is not the rejecter's").isEmpty();
            }
        }
    }

    @Test
    void mediationEffortsThatMayBeHaltedAreAThreatOfSanction() {
        // France may halt mediation efforts .
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY may/MD=may halt/VB=halt mediation/NN=mediation"
                        + " efforts/NNS=effort ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "compound 4 3", "obj 2 4", "punct 2 5").actor(0, 1, FRANCE);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("THREATEN");
            assertThat(e.cameo()).isEqualTo("1312");
            assertThat(e.source()).containsExactly(FRANCE);
        });
    }

    @Test
    void martialLawOnlyPreparedIsAThreatAndImposedIsCoercion() {
        // Iran is prepared to impose martial law . / Iran imposed martial law .
        for (boolean prepared : new boolean[] {true, false}) {
            ParsedText t = prepared
                    ? new ParsedText().sentence("Iran/NNP/COUNTRY is/VBZ=be prepared/JJ=prepared to/TO impose/VB=impose"
                                    + " martial/JJ=martial law/NN=law ./.",
                            "nsubj 2 0", "cop 2 1", "root -1 2", "mark 4 3", "xcomp 2 4", "amod 6 5", "obj 4 6",
                            "punct 2 7").actor(0, 1, IRAN)
                    : new ParsedText().sentence("Iran/NNP/COUNTRY imposed/VBD=impose martial/JJ=martial law/NN=law ./.",
                            "nsubj 1 0", "root -1 1", "amod 3 2", "obj 1 3", "punct 1 4").actor(0, 1, IRAN);
            List<EventMention> events = extract(t);
            assertThat(events).as(prepared ? "prepared" : "imposed").singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(prepared ? "THREATEN" : "COERCE");
                assertThat(e.cameo()).isEqualTo(prepared ? "137" : "1724");
                assertThat(e.source()).containsExactly(IRAN);
                assertThat(e.source()).allMatch(a -> a.kind() == ActorKind.COUNTRY);
            });
        }
    }

    @Test
    void troopsOfferedInTheLemmatizersOwnFormAreAnOfferOfAid() {
        // France is ready to contribute troops to Iran .  (the lemmatizer leaves "troops")
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY is/VBZ=be ready/JJ=ready to/TO contribute/VB=contribute"
                        + " troops/NNS=troops to/TO Iran/NNP/COUNTRY ./.",
                "nsubj 2 0", "cop 2 1", "root -1 2", "mark 4 3", "xcomp 2 4", "obj 4 5", "case 7 6", "obl 4 7",
                "punct 2 8").actor(0, 1, FRANCE).actor(7, 8, IRAN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("AGREE");
            assertThat(e.cameo()).isEqualTo("033");
            assertThat(e.source()).containsExactly(FRANCE);
        });
    }
}
