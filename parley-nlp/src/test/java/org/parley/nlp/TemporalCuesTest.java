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
        "The agreement expires in spring.",
        "The accord was first drafted in 2010.",
        "Relations cooled in the 1990s.",
        "Talks resumed at 10:30 local time.",
        "The envoy landed at 6am.",
        "The fire was out by 7 a. m.",
        "Voting closes on the 15th.",
        "The decree is dated 27/03/2024.",
        "Both sides have clashed for decades.",
        "The two leaders are currently in Paris."
    })
    void findsACueInSentencesWithTimeExpressions(String sentence) {
        assertThat(TemporalCues.mayContainTime(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The two sides reaffirmed the strength of their relationship.",
        "The minister thanked his counterpart for the warm welcome.",
        "This partnership may deepen cooperation on security.",
        "Navy commandos seized 12 Somali and 11 Yemeni nationals.",
        "Turnout reached 93.87 percent in the election for 288 seats.",
        "The fund offered at least $ 160 million for the port.",
        "It was the second round of talks."
    })
    void findsNoCueInSentencesWithoutTimeExpressionsEvenWithNumbers(String sentence) {
        assertThat(TemporalCues.mayContainTime(sentence)).isFalse();
    }
}
