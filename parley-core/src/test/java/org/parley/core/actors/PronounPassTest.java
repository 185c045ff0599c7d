package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PronounPassTest {

    @Test
    void forHisPartIsThePersonOfTheClause() {
        ArticleReading r = TestReading.through(ReadingFact.PRONOUNS, new TestText()
                .sentence("Antony/PERSON Blinken/PERSON met Bui/PERSON Thanh/PERSON Son/PERSON .")
                .sentence("For his part , Son/PERSON praised the talks ."));
        assertThat(TestReading.mention(r, "his").orElseThrow().actor().name()).isEqualTo("Bui Thanh Son");
    }

    @Test
    void aPronounAfterAGroupOfPeopleIsLeftOut() {
        ArticleReading r = TestReading.through(ReadingFact.PRONOUNS, new TestText()
                .sentence("Antony/PERSON Blinken/PERSON met Bui/PERSON Thanh/PERSON Son/PERSON .")
                .sentence("The two sides praised his visit ."));
        assertThat(TestReading.mention(r, "his")).isEmpty();
    }

    @Test
    void aPronounDoesNotReachBackOverAHeadline() {
        ArticleReading r = TestReading.through(ReadingFact.PRONOUNS, new TestText()
                .sentence("Antony/PERSON Blinken/PERSON arrived .")
                .sentence("A new chapter")
                .sentence("He praised the talks ."));
        assertThat(TestReading.mention(r, "He")).isEmpty();
    }
}
