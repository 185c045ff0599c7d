package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Targets an act names through its object or place where the parse hides them (issue 12, session
 * 14): an object moved after a predicative as-phrase, a reporter in apposition, what an act breaks
 * into, the place a force is withdrawn from, the country of an office, the object of a noun act,
 * the place of a participle on the object, and refugees who are no state's own.
 */
class TargetsOfTheActTest {

    private static final Actor IRAQ = Actor.country("Iraq", "IRQ");

    @Test
    void anObjectMovedAfterAnAsPhraseIsStillTheObject() {
        // France denounced as a crime Iran 's suppression of the students .
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY denounced/VBD=denounce as/IN a/DT crime/NN=crime "
                                + "Iran/NNP/COUNTRY 's/POS suppression/NN=suppression of/IN the/DT students/NNS=student ./.",
                        "nsubj 1 0", "root -1 1", "case 4 2", "det 4 3", "obl 1 4", "nmod:poss 7 5", "case 5 6",
                        "dep 4 7", "case 10 8", "det 10 9", "nmod 7 10", "punct 1 11")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(5, 6, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("ACCUSE")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(FRANCE);
            assertThat(e.target()).containsExactly(IRAN);
        });
    }

    @Test
    void aReporterInAppositionDoesNotHideTheNationalityOfTheObject() {
        // Iran rejects proposed French changes to the deal , negotiator Karimi said .   (parsed: "changes ... said")
        Actor karimi = new Actor("Karimi", ActorKind.PERSON, null, null, null);
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY rejects/VBZ=reject proposed/VBN=propose "
                                + "French/JJ/NATIONALITY changes/NNS=change to/TO the/DT deal/NN=deal ,/, "
                                + "negotiator/NN=negotiator Karimi/NNP/PERSON said/VBD=say ./.",
                        "nsubj 1 0", "root -1 1", "amod 4 2", "amod 4 3", "nsubj 11 4", "case 7 5", "det 7 6",
                        "nmod 4 7", "punct 4 8", "compound 10 9", "appos 4 10", "ccomp 1 11", "punct 1 12")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(3, 4, FRANCE, ActorMention.Basis.COUNTRY)
                .actor(10, 11, karimi);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("REJECT")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(FRANCE);
        });
    }

    @Test
    void anActThatBreaksIntoWhatSomeoneOwnsTargetsTheOwner() {
        // Iran tried to hack into the computers of French army officers .
        Actor officers = new Actor("army officers of France", ActorKind.GROUP, null, "FRA", "MIL");
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY tried/VBD=try to/TO hack/VB=hack into/IN the/DT "
                                + "computers/NNS=computer of/IN French/JJ/NATIONALITY army/NN=army officers/NNS=officer ./.",
                        "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "case 6 4", "det 6 5", "obl 3 6",
                        "case 10 7", "amod 10 8", "compound 10 9", "nmod 6 10", "punct 1 11")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(8, 11, officers, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("COERCE")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(officers);
        });
    }

    @Test
    void aWithdrawalOfItsOwnTroopsTargetsThePlaceLeft() {
        // Iran withdrew its troops from Iraq .
        Actor troops = new Actor("troops", ActorKind.GROUP, null, null, "MIL");
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY withdrew/VBD=withdraw its/PRP$=its "
                                + "troops/NNS=troops from/IN Iraq/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "nmod:poss 3 2", "obj 1 3", "case 5 4", "obl 1 5", "punct 1 6")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(3, 4, troops)
                .actor(5, 6, IRAQ, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("RETREAT");
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(IRAQ);
        });
    }

    @Test
    void theHolderOfACountrysOfficeStandsForTheCountry() {
        // Iran offered to negotiate with the president of France .
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY offered/VBD=offer to/TO negotiate/VB=negotiate "
                                + "with/IN the/DT president/NN/TITLE=president of/IN France/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "case 6 4", "det 6 5", "obl 3 6",
                        "case 8 7", "nmod 6 8", "punct 1 9")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(8, 9, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("AGREE")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(FRANCE);
        });
    }

    @Test
    void theOfComplementOfANounActWhoseActorIsNamedIsWhatItIsDoneTo() {
        // Iran mounted its invasion of Iraq .
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY mounted/VBD=mount its/PRP$=its "
                                + "invasion/NN=invasion of/IN Iraq/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "nmod:poss 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "punct 1 6")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(5, 6, IRAQ, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ASSAULT");
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(IRAQ);
        });
    }

    @Test
    void aNounActWhoseActorIsOnlyTheClausesSubjectTakesNoOfComplementAsTarget() {
        // France criticised Iran for its support of Hamas .   ("its" unresolved: France did not support Hamas)
        Actor hamas = new Actor("Hamas", ActorKind.ORGANIZATION, null, "PSE", "REB");
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY criticised/VBD=criticise Iran/NNP/COUNTRY "
                                + "for/IN its/PRP$=its support/NN=support of/IN Hamas/NNP/ORGANIZATION ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 5 3", "nmod:poss 5 4", "obl 1 5", "case 7 6",
                        "nmod 5 7", "punct 1 8")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(2, 3, IRAN, ActorMention.Basis.COUNTRY)
                .actor(7, 8, hamas);
        assertThat(extract(t)).noneMatch(e -> e.type().equals("SUPPORT") && e.target().contains(hamas));
    }

    @Test
    void aCurfewImposedInACountryPlacesTheActThere() {
        // France shortened the curfew imposed in Iran .
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY shortened/VBD=shorten the/DT curfew/NN=curfew "
                                + "imposed/VBN=impose in/IN Iran/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "acl 3 4", "case 6 5", "obl 4 6", "punct 1 7")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(6, 7, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("CONCEDE")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(FRANCE);
            assertThat(e.target()).containsExactly(IRAN);
        });
    }

    @Test
    void refugeesAStateTurnsAwayAreNotItsOwnPeople() {
        // Iran will not accept refugees .   /   Iran will not accept students .
        Actor refugees = new Actor("refugees", ActorKind.GROUP, null, null, "REF");
        Actor students = new Actor("students", ActorKind.GROUP, null, null, "EDU");
        for (Actor people : new Actor[] {refugees, students}) {
            ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY will/MD=will not/RB=not accept/VB=accept "
                                    + people.name() + "/NNS ./.",
                            "nsubj 3 0", "aux 3 1", "advmod 3 2", "root -1 3", "obj 3 4", "punct 3 5")
                    .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(4, 5, people);
            String expected = people == refugees ? null : "IRN";
            assertThat(extract(t)).filteredOn(e -> e.type().equals("REJECT")).singleElement()
                    .satisfies(e -> assertThat(e.target()).extracting(Actor::name, Actor::country)
                            .containsExactly(tuple(people.name(), expected)));
        }
    }

    @Test
    void aNounActALightVerbCarriesStrikesThePlaceNamedOnTheNoun() {
        // Iran declared a state of emergency in Iraq .   ("in Iraq" on the of-phrase of the noun act)
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY declared/VBD=declare a/DT state/NN=state "
                                + "of/IN emergency/NN=emergency in/IN Iraq/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "case 7 6",
                        "nmod 5 7", "punct 1 8")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(7, 8, IRAQ, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("COERCE")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(IRAQ);
        });
    }

    @Test
    void aNounActALightVerbCarriesStrikesThePlaceNamedOnTheVerb() {
        // Iran declared a state of emergency on Monday in Iraq .   ("in Iraq" on the light verb)
        ParsedText t = new ParsedText().sentence("Iran/NNP/COUNTRY declared/VBD=declare a/DT state/NN=state "
                                + "of/IN emergency/NN=emergency on/IN Monday/NNP in/IN Iraq/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "case 7 6",
                        "obl 1 7", "case 9 8", "obl 1 9", "punct 1 10")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(9, 10, IRAQ, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).filteredOn(e -> e.type().equals("COERCE")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(IRAQ);
        });
    }

    @Test
    void aBodyThatIsNoStatesMayAimAOneWayActAtItsOwnCountryAStatesOfficialDoesNot() {
        // Rebels urged Iran to free the prisoners .   /   Karimi urged Iran to free the prisoners .
        Actor rebels = new Actor("rebels of Iran", ActorKind.GROUP, null, "IRN", "REB");
        Actor official = new Actor("Karimi", ActorKind.PERSON, null, "IRN", "GOV");
        for (Actor urging : java.util.List.of(rebels, official)) {
            ParsedText t = new ParsedText().sentence("Rebels/NNS=rebel urged/VBD=urge Iran/NNP/COUNTRY to/TO "
                                    + "free/VB=free the/DT prisoners/NNS=prisoner ./.",
                            "nsubj 1 0", "root -1 1", "obj 1 2", "mark 4 3", "xcomp 1 4", "det 6 5", "obj 4 6",
                            "punct 1 7")
                    .actor(0, 1, urging).actor(2, 3, IRAN, ActorMention.Basis.COUNTRY);
            var requests = extract(t).stream().filter(e -> e.type().equals("REQUEST")).toList();
            if (urging == rebels) {
                assertThat(requests).singleElement().satisfies(e -> assertThat(e.target()).containsExactly(IRAN));
            } else {
                assertThat(requests).allSatisfy(e -> assertThat(e.target()).doesNotContain(IRAN));
            }
        }
    }
}
