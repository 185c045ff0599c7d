package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemporalCuesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "The talks were held on Tuesday in Geneva.",
        "The envoy arrived yesterday.",
        "Ministers will meet again next week.",
        "The treaty was signed in September.",
        "She visited the capital three years ago.",
        "The summit opens on 12 May.",
        "Leaders met this morning.",
        "The agreement expires in spring."
    })
    void findsACueInSentencesWithTimeExpressions(String sentence) {
        assertThat(TemporalCues.mayContainTime(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The two sides reaffirmed the strength of their relationship.",
        "The minister thanked his counterpart for the warm welcome.",
        "This partnership may deepen cooperation on security."
    })
    void findsNoCueInSentencesWithoutTimeExpressions(String sentence) {
        assertThat(TemporalCues.mayContainTime(sentence)).isFalse();
    }
}
