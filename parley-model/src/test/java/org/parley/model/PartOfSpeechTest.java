package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PartOfSpeechTest {

    @Test
    void everyConstantButOtherComesBackFromItsPennTag() {
        for (PartOfSpeech pos : PartOfSpeech.values()) {
            if (pos != PartOfSpeech.OTHER) {
                assertThat(PartOfSpeech.fromPenn(pos.penn())).as(pos.name()).isSameAs(pos);
            }
        }
        assertThat(PartOfSpeech.OTHER.penn()).isNull();
    }

    @Test
    void anUnknownOrMissingTagIsOtherAndOldBracketTagsAreBrackets() {
        assertThat(PartOfSpeech.fromPenn("NOT-A-TAG")).isEqualTo(PartOfSpeech.OTHER);
        assertThat(PartOfSpeech.fromPenn(null)).isEqualTo(PartOfSpeech.OTHER);
        assertThat(PartOfSpeech.fromPenn("-LSB-")).isEqualTo(PartOfSpeech.OPENING_BRACKET);
        assertThat(PartOfSpeech.fromPenn("-RCB-")).isEqualTo(PartOfSpeech.CLOSING_BRACKET);
    }

    @Test
    void thePredicatesAgreeWithThePennTagPrefixes() {
        for (PartOfSpeech pos : PartOfSpeech.values()) {
            String tag = pos.penn() == null ? "" : pos.penn();
            assertThat(pos.isNoun()).as(tag).isEqualTo(tag.startsWith("NN"));
            assertThat(pos.isProperNoun()).as(tag).isEqualTo(tag.startsWith("NNP"));
            assertThat(pos.isVerb()).as(tag).isEqualTo(tag.startsWith("VB"));
            assertThat(pos.isAdjective()).as(tag).isEqualTo(tag.startsWith("JJ"));
        }
        assertThat(Arrays.stream(PartOfSpeech.values()).filter(PartOfSpeech::isVerb)).hasSize(6);
    }
}
