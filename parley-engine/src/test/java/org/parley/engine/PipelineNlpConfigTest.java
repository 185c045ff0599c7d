package org.parley.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.nlp.NlpConfig;

class PipelineNlpConfigTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(Pipeline.TIMEX_PROPERTY);
    }

    @Test
    void usesTheDefaultsWhenNoTimeTaggerIsConfigured() {
        System.clearProperty(Pipeline.TIMEX_PROPERTY);
        assertThat(Pipeline.nlpConfig()).isEqualTo(NlpConfig.defaults());
        assertThat(Pipeline.nlpConfig().tagger()).isEqualTo(NlpConfig.TimeTagger.BOTH);
    }

    @Test
    void theConfigKeyChoosesTheTimeTaggerAndKeepsTheRestOfTheDefaults() {
        System.setProperty(Pipeline.TIMEX_PROPERTY, "sutime");
        assertThat(Pipeline.nlpConfig()).isEqualTo(NlpConfig.defaults().withTagger(NlpConfig.TimeTagger.SUTIME));

        System.setProperty(Pipeline.TIMEX_PROPERTY, "chronos");
        assertThatThrownBy(Pipeline::nlpConfig).isInstanceOf(IllegalArgumentException.class);
    }
}
