package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EventMention;

/** Targets named below the word the parse links to the trigger: owners, nested phrases, places of objects. */
class NestedTargetsTest {

    private static final Actor POLAND = Actor.country("Poland", "POL");
    private static final Actor RUSSIA = Actor.country("Russia", "RUS");
    private static final Actor BRITAIN = Actor.country("United Kingdom", "GBR");

    @Test
    void aPassiveSubjectNamesItsTargetThroughItsOwner() {
        // Iran 's minister was indicted by France .
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY 's/POS minister/NN=minister was/VBD=be "
                                + "indicted/VBN=indict by/IN France/NNP/COUNTRY ./.",
                        "nmod:poss 2 0", "case 0 1", "nsubj:pass 4 2", "aux:pass 4 3", "root -1 4", "case 6 5",
                        "obl:agent 4 6", "punct 4 7")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(6, 7, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ACCUSE");
            assertThat(e.source()).containsExactly(FRANCE);
            assertThat(e.target()).containsExactly(IRAN);
        });
    }

    @Test
    void aComplementThatNamesNoActorPassesOnItsOwnTargetPhrase() {
        // France imposed restrictions on sales to Iran .   /   ... on sales in Iran : a place, no target
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY imposed/VBD=impose restrictions/NNS=restriction "
                                + "on/IN sales/NNS=sale to/TO Iran/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "nmod 2 4", "case 6 5", "nmod 4 6",
                        "punct 1 7")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(6, 7, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(fromFrance(extract(t))).singleElement()
                .satisfies(e -> assertThat(e.target()).containsExactly(IRAN));
        ParsedText venue = new ParsedText().sentence("France/NNP/COUNTRY imposed/VBD=impose restrictions/NNS=restriction "
                                + "on/IN sales/NNS=sale in/IN Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "nmod 2 4", "case 6 5", "nmod 4 6",
                        "punct 1 7")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(fromFrance(extract(venue))).allSatisfy(e -> assertThat(e.target()).isEmpty());
    }

    @Test
    void aPurposePhraseNamesTheSideTheActIsAgainst() {
        // Britain mobilized reservists for an operation against Iran .
        ParsedText t = new ParsedText().sentence("Britain/NNP/COUNTRY mobilized/VBD=mobilize reservists/NNS=reservist "
                                + "for/IN an/DT operation/NN=operation against/IN Iran/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 5 3", "det 5 4", "obl 1 5", "case 7 6",
                        "nmod 5 7", "punct 1 8")
                .actor(0, 1, BRITAIN, ActorMention.Basis.COUNTRY).actor(7, 8, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("MOBILIZE")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(BRITAIN);
            assertThat(e.target()).containsExactly(IRAN);
        });
    }

    @Test
    void aPartnerActNamesNoTargetThroughItsPhrasesComplement() {
        // Britain sent assistance to an operation against Iran .   (the operation is no partner of Britain)
        ParsedText t = new ParsedText().sentence("Britain/NNP/COUNTRY sent/VBD=send assistance/NN=assistance "
                                + "to/IN an/DT operation/NN=operation against/IN Iran/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 5 3", "det 5 4", "obl 1 5", "case 7 6",
                        "nmod 5 7", "punct 1 8")
                .actor(0, 1, BRITAIN, ActorMention.Basis.COUNTRY).actor(7, 8, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).noneMatch(e -> e.target().contains(IRAN));
    }

    @Test
    void aPlaceOnWhichAnObjectLiesNamesNoTarget() {
        // Troops captured part of a stronghold on the Thai border .
        Actor troops = new Actor("troops", ActorKind.GROUP, null, "MMR", "MIL");
        Actor thailand = Actor.country("Thailand", "THA");
        ParsedText t = new ParsedText().sentence("Troops/NNS=troop captured/VBD=capture part/NN=part of/IN a/DT "
                                + "stronghold/NN=stronghold on/IN the/DT Thai/JJ/NATIONALITY border/NN=border ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 5 3", "det 5 4", "nmod 2 5", "case 9 6",
                        "det 9 7", "amod 9 8", "nmod 5 9", "punct 1 10")
                .actor(0, 1, troops).actor(8, 9, thailand, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).noneMatch(e -> e.target().contains(thailand));
    }

    @Test
    void aCapitalActingForItsGovernmentAuthorsTheObject() {
        // Poland demanded an admission by Moscow .   (the actor passes read "by Moscow" as Russia)
        ParsedText t = new ParsedText().sentence("Poland/NNP/COUNTRY demanded/VBD=demand an/DT admission/NN=admission "
                                + "by/IN Moscow/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "punct 1 6")
                .actor(0, 1, POLAND, ActorMention.Basis.COUNTRY).actor(5, 6, RUSSIA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REQUEST");
            assertThat(e.source()).containsExactly(POLAND);
            assertThat(e.target()).containsExactly(RUSSIA);
        });
    }

    @Test
    void aCurfewInACityNamedByItsOfPhraseTargetsItsCountry() {
        // The US lifted a curfew in the city of Hanoi .
        ParsedText t = new ParsedText().sentence("The/DT US/NNP/COUNTRY lifted/VBD=lift a/DT curfew/NN=curfew in/IN "
                                + "the/DT city/NN=city of/IN Hanoi/NNP/CITY ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "obj 2 4", "case 7 5", "det 7 6",
                        "nmod 4 7", "case 9 8", "nmod 7 9", "punct 2 10")
                .actor(1, 2, USA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONCEDE");
            assertThat(e.target()).extracting(Actor::country).containsExactly("VNM");
        });
    }

    @Test
    void aSuspensionOfDeliveriesInACityTargetsItsCountry() {
        // France suspended aid deliveries in Hanoi .
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY suspended/VBD=suspend aid/NN=aid "
                                + "deliveries/NNS=delivery in/IN Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "compound 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "punct 1 6")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("SANCTION");
            assertThat(e.target()).extracting(Actor::country).containsExactly("VNM");
        });
    }

    @Test
    void roadsBlockedInACityTargetItsCountry() {
        // Students blocked roads in Hanoi .
        Actor students = new Actor("students", ActorKind.GROUP, null, null, "EDU");
        ParsedText t = new ParsedText().sentence("Students/NNS=student blocked/VBD=block roads/NNS=road in/IN "
                                + "Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "nmod 2 4", "punct 1 5")
                .actor(0, 1, students);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("PROTEST");
            assertThat(e.target()).extracting(Actor::country).containsExactly("VNM");
        });
    }

    @Test
    void aProvinceNamedAfterACountryIsInThatCountry() {
        // The US lifted a curfew in Montenegro province .
        ParsedText t = new ParsedText().sentence("The/DT US/NNP/COUNTRY lifted/VBD=lift a/DT curfew/NN=curfew in/IN "
                                + "Montenegro/NNP/COUNTRY province/NN=province ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "obj 2 4", "case 7 5", "compound 7 6",
                        "nmod 4 7", "punct 2 8")
                .actor(1, 2, USA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONCEDE");
            assertThat(e.target()).extracting(Actor::country).containsExactly("MNE");
        });
    }

    private static List<EventMention> fromFrance(List<EventMention> events) {
        return events.stream().filter(e -> e.source().contains(FRANCE)).toList();
    }
}
