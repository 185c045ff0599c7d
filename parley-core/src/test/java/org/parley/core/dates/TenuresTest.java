package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.dates.TestParticipants.person;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.core.kb.DateRange;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.kb.OfficeTerm;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

class TenuresTest {

    private static final Tenures TENURES = new Tenures(OfficeHolders.bundled());

    @Test
    void theOfficeOfTheTitleChoosesAmongThePersonsTerms() {
        assertThat(TENURES.of(person("Nguyen Phu Trong", "President", OfficeTerm.HEAD_OF_STATE, "VNM")))
                .contains(new DateRange(LocalDate.of(2018, 10, 23), LocalDate.of(2021, 4, 5)));
        assertThat(TENURES.of(person("Nguyen Phu Trong", "Party chief",
                OfficeTerm.PARTY_GENERAL_SECRETARY, "VNM")))
                .contains(new DateRange(LocalDate.of(2011, 1, 19), LocalDate.of(2024, 7, 19)));
    }

    @Test
    void aTitleOfNoOfficeAnOfficeNeverHeldOrAnotherCountryBoundNothing() {
        assertThat(TENURES.of(person("Antony Blinken", "Deputy Secretary of State", null, "USA"))).isEmpty();
        assertThat(TENURES.of(person("Antony Blinken", "Prime Minister", OfficeTerm.HEAD_OF_GOVERNMENT,
                "USA"))).isEmpty();
        assertThat(TENURES.of(person("Antony Blinken", "Secretary of State", OfficeTerm.FOREIGN_MINISTER,
                "VNM"))).isEmpty();
    }

    @Test
    void untitledOnlyAPersonOfOneOfficeIsKnownToBeInIt() {
        assertThat(TENURES.of(Participant.untitled(new Actor("Antony Blinken", ActorKind.PERSON, null, "USA", null))))
                .contains(new DateRange(LocalDate.of(2021, 1, 26), LocalDate.of(2025, 1, 20)));
        assertThat(TENURES.of(Participant.untitled(new Actor("Nguyen Phu Trong", ActorKind.PERSON, null, "VNM", null))))
                .isEmpty();
        assertThat(TENURES.of(Participant.untitled(Actor.country("Vietnam", "VNM")))).isEmpty();
    }
}
