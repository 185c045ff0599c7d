package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

class PersonGrounderTest {

    private static final PersonGrounder AT_MARCH_2024 = new PersonGrounder(TestReading.MARCH_2024, TestReading.COUNTRIES);

    private static Person blinken(PersonGrounder grounder) {
        return new Person("Antony Blinken", TestReading.KB.termsOf("Antony Blinken"), grounder);
    }

    private static Titles.Match title(String words) {
        return Titles.startingAt(List.of(words.split(" ")), 0).orElseThrow();
    }

    @Test
    void theKnowledgeBaseTermOfTheDateGivesTheRole() {
        assertThat(blinken(AT_MARCH_2024).actor())
                .isEqualTo(new Actor("Antony Blinken", ActorKind.PERSON, "Secretary of State", "USA", "GOV"));
    }

    @Test
    void aSpecificTitleTheKnowledgeBaseDoesNotGiveThePersonIsTrusted() {
        Person p = blinken(AT_MARCH_2024);
        p.heardTitle(title("Ambassador"));
        assertThat(p.actor()).isEqualTo(new Actor("Antony Blinken", ActorKind.PERSON, "Ambassador", "USA", "GOV"));
    }

    @Test
    void outsideTheTermOnlyTheNationalityRemains() {
        Person p = blinken(new PersonGrounder(LocalDate.of(2019, 1, 1), TestReading.COUNTRIES));
        assertThat(p.actor()).isEqualTo(new Actor("Antony Blinken", ActorKind.PERSON, null, "USA", null));
    }

    @Test
    void theActorIsFixedTheFirstTimeItIsAskedFor() {
        Person p = new Person("Jane Roe", List.of(), AT_MARCH_2024);
        p.heardCountry("KEN");
        Actor first = p.actor();
        p.heardTitle(title("Foreign Minister"));
        assertThat(p.actor()).isSameAs(first);
        assertThat(first).isEqualTo(new Actor("Jane Roe", ActorKind.PERSON, null, "KEN", null));
    }

    @Test
    void aSpecificTitleReplacesAGenericOneButNotTheOtherWayRound() {
        Person p = new Person("Jane Roe", List.of(), AT_MARCH_2024);
        p.heardTitle(title("Minister"));
        p.heardTitle(title("Foreign Minister"));
        p.heardTitle(title("Minister"));
        assertThat(p.writtenTitle().entry().role()).isEqualTo("Foreign Minister");
    }
}
