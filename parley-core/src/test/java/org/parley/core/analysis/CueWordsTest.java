package org.parley.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueWordsTest {

    @Test
    void theNegationsAreWordsAndLemmasAlike() {
        assertThat(CueWords.negations()).containsExactlyInAnyOrder("not", "n't", "never", "no");
    }
}
