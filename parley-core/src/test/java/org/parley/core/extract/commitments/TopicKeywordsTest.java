package org.parley.core.extract.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicKeywordsTest {

    @Test
    void findsTopicsByWholeWordsAndWordStarts() {
        assertThat(TopicKeywords.of("to support U.S. export financing for green economy and infrastructure projects"))
                .containsExactly("trade", "investment", "climate_energy", "infrastructure");
        assertThat(TopicKeywords.of("an MOC on Culture and People-to-People Ties")).containsExactly("people_to_people");
        assertThat(TopicKeywords.of("training for STEM students in semiconductors"))
                .containsExactly("technology", "education");
    }

    @Test
    void doesNotMatchInsideOtherWords() {
        assertThat(TopicKeywords.of("the Coalition for startups")).doesNotContain("climate_energy");
        assertThat(TopicKeywords.of("a roadmap")).doesNotContain("infrastructure");
        assertThat(TopicKeywords.of(null)).isEmpty();
    }

    @Test
    void keysAreTheControlledList() {
        assertThat(TopicKeywords.KEYS).containsExactly("trade", "investment", "technology", "education",
                "climate_energy", "health", "security_defence", "maritime", "war_legacies", "human_rights",
                "people_to_people", "multilateral", "infrastructure");
    }
}
