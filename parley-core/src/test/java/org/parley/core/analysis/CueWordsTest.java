package org.parley.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueWordsTest {

    @Test
    void theNegationsAreWordsAndLemmasAlike() {
        assertThat(CueWords.negations()).containsExactlyInAnyOrder("not", "n't", "never", "no");
    }

    @Test
    void aReportingVerbIsListedAsLemmaAndByItsReportingForms() {
        assertThat(CueWords.reportingLemmas()).contains("say", "announce", "insist").doesNotContain("said");
        assertThat(CueWords.reportingForms()).contains("said", "says", "announced", "insisted", "according")
                .doesNotContain("announce");
    }

    @Test
    void formsThatAreNounsAsOftenAreLeftOut() {
        assertThat(CueWords.reportingForms()).doesNotContain("states", "notes", "reports", "concluded");
        assertThat(CueWords.reportingLemmas()).contains("conclude");
    }
}
