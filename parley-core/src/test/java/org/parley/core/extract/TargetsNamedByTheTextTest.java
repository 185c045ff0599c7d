package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Targets the sentence itself places or names where the parse does not link them to the trigger
 * directly: a country actor longer than the tagged country word, the clause a request noun states,
 * the from-phrase of a seizure, and a target of no country placed by where the act happens.
 */
class TargetsNamedByTheTextTest {

    private static final Actor BRITAIN = Actor.country("United Kingdom", "GBR");
    private static final Actor UN = new Actor("United Nations", ActorKind.ORGANIZATION, null, null, "IGO");

    @Test
    void aPlaceTheActorPassesNameWhollyIsOfTheActorsCountry() {
        // France lifted a curfew in Northern Ireland .   (the tagger marks only "Ireland" a country)
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY lifted/VBD=lift a/DT curfew/NN=curfew in/IN "
                                + "Northern/NNP/LOCATION Ireland/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 6 4", "compound 6 5", "nmod 3 6",
                        "punct 1 7")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(5, 7, BRITAIN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONCEDE");
            assertThat(e.target()).extracting(Actor::country).containsExactly("GBR");
        });
    }

    @Test
    void aRequestNounAsksTheSubjectOfTheClauseItStates() {
        // The UN reiterated its demand that Iran free the workers .
        ParsedText t = new ParsedText().sentence("The/DT UN/NNP/ORGANIZATION reiterated/VBD=reiterate its/PRP$ "
                                + "demand/NN=demand that/IN Iran/NNP/COUNTRY free/VB=free the/DT workers/NNS=worker ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "nmod:poss 4 3", "obj 2 4", "mark 7 5", "nsubj 7 6",
                        "ccomp 4 7", "det 9 8", "obj 7 9", "punct 2 10")
                .actor(1, 2, UN).actor(6, 7, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("REQUEST")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(UN);
            assertThat(e.target()).containsExactly(IRAN);
        });
    }

    @Test
    void aSeizureTargetsWhomItTakesFrom() {
        // French police confiscated weapons from armed groups .   (groups of no country: the state's own)
        Actor police = new Actor("police of France", ActorKind.ORGANIZATION, null, "FRA", "COP");
        Actor groups = new Actor("armed groups", ActorKind.GROUP, null, null, "REB");
        ParsedText t = new ParsedText().sentence("French/JJ/NATIONALITY police/NNS=police confiscated/VBD=confiscate "
                                + "weapons/NNS=weapon from/IN armed/JJ=armed groups/NNS=group ./.",
                        "amod 1 0", "nsubj 2 1", "root -1 2", "obj 2 3", "case 6 4", "amod 6 5", "obl 2 6",
                        "punct 2 7")
                .actor(0, 2, police, ActorMention.Basis.COUNTRY).actor(5, 7, groups);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("COERCE");
            assertThat(e.source()).containsExactly(police);
            assertThat(e.target()).extracting(Actor::name, Actor::country)
                    .containsExactly(tuple("armed groups", "FRA"));
        });
    }

    @Test
    void aTargetOfNoCountryIsWhereTheActOfAnInternationalBodyHappens() {
        // The UN accused the militia in Iran .
        Actor militia = new Actor("militia", ActorKind.GROUP, null, null, "MIL");
        ParsedText t = new ParsedText().sentence("The/DT UN/NNP/ORGANIZATION accused/VBD=accuse the/DT "
                                + "militia/NN=militia in/IN Iran/NNP/COUNTRY ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "obj 2 4", "case 6 5", "obl 2 6",
                        "punct 2 7")
                .actor(1, 2, UN).actor(4, 5, militia).actor(6, 7, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ACCUSE");
            assertThat(e.target()).extracting(Actor::name, Actor::country)
                    .containsExactly(tuple("militia", "IRN"));
        });
    }

    @Test
    void aComplaintOverAnActTargetsItsAuthorBesidesTheAddressee() {
        // Iran complained to the UN over Israeli air raids .
        Actor israel = Actor.country("Israel", "ISR");
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY complained/VBD=complain to/TO the/DT "
                                + "UN/NNP/ORGANIZATION over/IN Israeli/JJ/NATIONALITY air/NN=air raids/NNS=raid ./.",
                        "nsubj 1 0", "root -1 1", "case 4 2", "det 4 3", "obl 1 4", "case 8 5", "amod 8 6",
                        "compound 8 7", "obl 1 8", "punct 1 9")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(4, 5, UN)
                .actor(6, 7, israel, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("ACCUSE")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactlyInAnyOrder(UN, israel);
        });
    }

    @Test
    void anInvestigationIntoCrimesTargetsTheirAgent() {
        // France launched an investigation into crimes committed by Iranian forces .
        Actor forces = new Actor("forces of Iran", ActorKind.GROUP, null, "IRN", "MIL");
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY launched/VBD=launch an/DT "
                                + "investigation/NN=investigation into/IN crimes/NNS=crime committed/VBN=commit by/IN "
                                + "Iranian/JJ/NATIONALITY forces/NNS=force ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "acl 5 6",
                        "case 9 7", "amod 9 8", "obl 6 9", "punct 1 10")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(8, 10, forces, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("ACCUSE")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(FRANCE);
            assertThat(e.target()).containsExactly(forces);
        });
    }

    @Test
    void aNounActsOnThePartnerOfItsObject() {
        // France announced a suspension of air links with Iran .   /   ... a suspension of air links in Iran : a place
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY announced/VBD=announce a/DT "
                                + "suspension/NN=suspension of/IN air/NN=air links/NNS=link with/IN Iran/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 6 4", "compound 6 5", "nmod 3 6",
                        "case 8 7", "nmod 6 8", "punct 1 9")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(8, 9, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("SANCTION")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(FRANCE);
            assertThat(e.target()).containsExactly(IRAN);
        });
    }
}
