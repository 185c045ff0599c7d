package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportedItPassTest {

    @Test
    void itReportedByAnOrganisationOpeningTheSentenceIsThatOrganisation() {
        ArticleReading r = TestReading.through(ReadingFact.REPORTED_IT, new TestText()
                .sentence("ASEAN/ORGANIZATION announced it would/O/MD meet ."));
        ActorMention it = TestReading.mention(r, "it").orElseThrow();
        assertThat(it.basis()).isEqualTo(ActorMention.Basis.PRONOUN);
        assertThat(it.actor().name()).isEqualTo("Association of Southeast Asian Nations");
    }

    @Test
    void itAfterAPersonOrBeforeAnyReportingWordIsLeftOut() {
        ArticleReading r = TestReading.through(ReadingFact.REPORTED_IT, new TestText()
                .sentence("Antony/PERSON Blinken/PERSON said it would/O/MD help .")
                .sentence("Japan/COUNTRY hopes it would/O/MD help ."));
        assertThat(TestReading.mention(r, "it")).isEmpty();
    }
}
