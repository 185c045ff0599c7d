package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * An act of force whose agent the sentence does not name, only the attack or its weapon, is done by
 * the unidentified attackers at the grounded place (issue 12: {@code unnamed_agent}, {@code unnamed_weapon}).
 */
class UnnamedAttackersTest {

    private static final Actor NIGERIAN_POLICEMEN = new Actor("policemen of Nigeria", ActorKind.GROUP, null, "NGA", "COP");
    private static final Actor AFGHAN_SOLDIERS = new Actor("soldiers of Afghanistan", ActorKind.GROUP, null, "AFG", "MIL");

    @Test
    void victimsKilledInABombAttackAtAPlaceAreAttackedByTheUnidentifiedAttackersThere() {
        // Two Nigerian policemen were killed in a bomb attack in Kano on Tuesday .
        ParsedText t = new ParsedText().sentence("Two/CD Nigerian/JJ/NATIONALITY policemen/NNS=policeman were/VBD=be "
                        + "killed/VBN=kill in/IN a/DT bomb/NN=bomb attack/NN=attack in/IN Kano/NNP/CITY on/IN "
                        + "Tuesday/NNP/DATE ./.",
                "nummod 2 0", "amod 2 1", "nsubj:pass 4 2", "aux:pass 4 3", "root -1 4", "case 8 5", "det 8 6",
                "compound 8 7", "obl 4 8", "case 10 9", "nmod 8 10", "case 12 11", "nmod 8 12", "punct 4 13")
                .actor(1, 3, NIGERIAN_POLICEMEN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ASSAULT");
            assertThat(e.source()).containsExactly(
                    new Actor("unidentified attackers in Kano", ActorKind.GROUP, null, "NGA", "UAF"));
            assertThat(e.target()).containsExactly(NIGERIAN_POLICEMEN);
        });
    }

    @Test
    void aWeaponCompoundingTheSubjectNounNamesTheAttack() {
        // A car bomb explosion near the city of Mosul killed four Kurdish guards .
        ParsedText t = new ParsedText().sentence("A/DT car/NN=car bomb/NN=bomb explosion/NN=explosion near/IN the/DT "
                        + "city/NN=city of/IN Mosul/NNP/CITY killed/VBD=kill four/CD Kurdish/JJ guards/NNS=guard ./.",
                "det 3 0", "compound 2 1", "compound 3 2", "nsubj 9 3", "case 6 4", "det 6 5", "nmod 3 6", "case 8 7",
                "nmod 6 8", "root -1 9", "nummod 12 10", "amod 12 11", "obj 9 12", "punct 9 13");
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ASSAULT");
            assertThat(e.source()).singleElement().satisfies(a -> {
                assertThat(a.country()).isEqualTo("IRQ");
                assertThat(a.sector()).isEqualTo("UAF");
                assertThat(a.name()).startsWith("unidentified attackers in ");
            });
        });
    }

    @Test
    void victimsOfNoKnownCountryLeaveThePlacesCountryAsTarget() {
        // A suicide bombing in Kabul killed twelve people .
        ParsedText t = new ParsedText().sentence("A/DT suicide/NN=suicide bombing/NN=bombing in/IN Kabul/NNP/CITY "
                        + "killed/VBD=kill twelve/CD people/NNS=person ./.",
                "det 2 0", "compound 2 1", "nsubj 5 2", "case 4 3", "nmod 2 4", "root -1 5", "nummod 7 6", "obj 5 7",
                "punct 5 8");
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.source()).extracting(Actor::country, Actor::sector).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("AFG", "UAF"));
            assertThat(e.target()).extracting(Actor::country).containsExactly("AFG");
        });
    }

    @Test
    void aTownTheGazetteerLacksIsPlacedByTheNationalityOfItsCommonNoun() {
        // Five Afghan soldiers were wounded by a roadside bomb outside the Afghan town of Tamvar .   (Tamvar: made up)
        ParsedText t = new ParsedText().sentence("Five/CD Afghan/JJ/NATIONALITY soldiers/NNS=soldier were/VBD=be "
                        + "wounded/VBN=wound by/IN a/DT roadside/NN=roadside bomb/NN=bomb outside/IN the/DT "
                        + "Afghan/JJ/NATIONALITY town/NN=town of/IN Tamvar/NNP/CITY ./.",
                "nummod 2 0", "amod 2 1", "nsubj:pass 4 2", "aux:pass 4 3", "root -1 4", "case 8 5", "det 8 6",
                "compound 8 7", "obl 4 8", "case 12 9", "det 12 10", "amod 12 11", "nmod 8 12", "case 14 13",
                "nmod 12 14", "punct 4 15")
                .actor(1, 3, AFGHAN_SOLDIERS, ActorMention.Basis.COUNTRY)
                .actor(11, 12, Actor.country("Afghanistan", "AFG"), ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ASSAULT");
            assertThat(e.source()).containsExactly(
                    new Actor("unidentified attackers in Tamvar", ActorKind.GROUP, null, "AFG", "UAF"));
            assertThat(e.target()).containsExactly(AFGHAN_SOLDIERS);
        });
    }

    @Test
    void aKillingWithNoAttackNamedIsNoEvent() {
        // Two Turkish journalists were killed in Ankara .   (an accident as well as an attack)
        ParsedText t = new ParsedText().sentence("Two/CD Turkish/JJ/NATIONALITY journalists/NNS=journalist were/VBD=be "
                        + "killed/VBN=kill in/IN Ankara/NNP/CITY ./.",
                "nummod 2 0", "amod 2 1", "nsubj:pass 4 2", "aux:pass 4 3", "root -1 4", "case 6 5", "obl 4 6",
                "punct 4 7")
                .actor(1, 3, new Actor("journalists of Türkiye", ActorKind.GROUP, null, "TUR", "JRN"),
                        ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void anExplosionNoWeaponQualifiesIsNoAttack() {
        // A gas explosion in Kabul killed twelve people .
        ParsedText t = new ParsedText().sentence("A/DT gas/NN=gas explosion/NN=explosion in/IN Kabul/NNP/CITY "
                        + "killed/VBD=kill twelve/CD people/NNS=person ./.",
                "det 2 0", "compound 2 1", "nsubj 5 2", "case 4 3", "nmod 2 4", "root -1 5", "nummod 7 6", "obj 5 7",
                "punct 5 8");
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void anAttackAtNoGroundedPlaceIsNoEvent() {
        // A suicide bombing killed twelve people .
        ParsedText t = new ParsedText().sentence("A/DT suicide/NN=suicide bombing/NN=bombing killed/VBD=kill "
                        + "twelve/CD people/NNS=person ./.",
                "det 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "nummod 5 4", "obj 3 5", "punct 3 6");
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void aNamedAttackerIsKept() {
        // Nigerian police killed three militants in Kano .
        Actor police = new Actor("police of Nigeria", ActorKind.ORGANIZATION, null, "NGA", "COP");
        ParsedText t = new ParsedText().sentence("Nigerian/JJ/NATIONALITY police/NNS=police killed/VBD=kill three/CD "
                        + "militants/NNS=militant in/IN Kano/NNP/CITY ./.",
                "amod 1 0", "nsubj 2 1", "root -1 2", "nummod 4 3", "obj 2 4", "case 6 5", "obl 2 6", "punct 2 7")
                .actor(0, 2, police, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).isNotEmpty().allSatisfy(e -> assertThat(e.source()).containsExactly(police));
    }
}
