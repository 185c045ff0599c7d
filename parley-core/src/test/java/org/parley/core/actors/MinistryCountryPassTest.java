package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinistryCountryPassTest {

    private static final String MINISTRY = "Ministry/ORGANIZATION of/ORGANIZATION Foreign/ORGANIZATION"
            + " Affairs/ORGANIZATION said .";

    @Test
    void aMinistryWithoutCountryIsTheOnlyNonUsCountrysOfTheArticle() {
        ArticleReading r = TestReading.through(ReadingFact.MINISTRY_COUNTRIES, new TestText()
                .sentence(MINISTRY)
                .sentence("the US/COUNTRY and Vietnam/COUNTRY agreed ."));
        assertThat(TestReading.mention(r, "Ministry of Foreign Affairs").orElseThrow().actor().country())
                .isEqualTo("VNM");
    }

    @Test
    void twoCandidateCountriesLeaveTheMinistryWithoutOne() {
        ArticleReading r = TestReading.through(ReadingFact.MINISTRY_COUNTRIES, new TestText()
                .sentence(MINISTRY)
                .sentence("Japan/COUNTRY and Vietnam/COUNTRY agreed ."));
        assertThat(TestReading.mention(r, "Ministry of Foreign Affairs").orElseThrow().actor().country()).isNull();
    }
}
