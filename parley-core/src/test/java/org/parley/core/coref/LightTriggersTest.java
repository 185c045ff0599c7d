package org.parley.core.coref;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LightTriggersTest {

    @Test
    void theBundledListHoldsReportingLightAndPronounWordsButNoEventVerbs() {
        LightTriggers light = LightTriggers.bundled();
        assertThat(light.words()).contains("say", "make", "it");
        assertThat(light.isLight(new Trigger("Say", WordClass.VERB))).isTrue();
        assertThat(light.isLight(new Trigger("accord", WordClass.VERB, "accord to"))).isTrue();
        assertThat(light.isLight(new Trigger("arrest", WordClass.VERB))).isFalse();
        assertThat(light.isLight(new Trigger("announce", WordClass.VERB))).isFalse();
    }

    @Test
    void aListOfItsOwnDecides() {
        LightTriggers only = new LightTriggers(java.util.Set.of("do"));
        assertThat(only.isLight(new Trigger("do", WordClass.VERB))).isTrue();
        assertThat(only.isLight(new Trigger("say", WordClass.VERB))).isFalse();
    }
}
