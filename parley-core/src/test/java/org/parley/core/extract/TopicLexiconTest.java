package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicLexiconTest {

    @Test
    void topicsAreFoundOnWordBoundariesInListOrder() {
        TopicLexicon topics = TopicLexicon.bundled();
        assertThat(topics.topicsOf(List.of("They discussed the East Sea, semiconductors and trade.")))
                .containsExactly("trade", "technology", "maritime");
        assertThat(topics.topicsOf(List.of("The tradesman left."))).isEmpty();
    }

    @Test
    void readsKeywordListsAndRejectsABadKeyNamingTheLine() {
        TopicLexicon topics = TopicLexicon.read(new StringReader("# columns: topic\tkeywords\nports\tharbour | dock\n"),
                "ok.tsv");
        assertThat(topics.keys()).containsExactly("ports");
        assertThat(topics.topicsOf(List.of("A new dock opened."))).containsExactly("ports");
        assertThatThrownBy(() -> TopicLexicon.read(new StringReader("# columns: topic\tkeywords\nPorts!\tdock\n"),
                "bad.tsv")).hasMessageContaining("bad.tsv:2").hasMessageContaining("topic key");
    }

    @Test
    void keywordsMatchTheirPluralsAndWordStartsButNotInsideOtherWords() {
        TopicLexicon topics = TopicLexicon.bundled();
        assertThat(topics.topicsOf("to support U.S. export financing for green economy and infrastructure projects"))
                .containsExactly("trade", "investment", "climate_energy", "infrastructure");
        assertThat(topics.topicsOf("an MOC on Culture and People-to-People Ties")).containsExactly("people_to_people");
        assertThat(topics.topicsOf("training for STEM students in semiconductors"))
                .containsExactly("technology", "education");
        assertThat(topics.topicsOf("the Coalition for startups")).doesNotContain("climate_energy");
        assertThat(topics.topicsOf("a roadmap, an important step")).isEmpty();
        assertThat(topics.topicsOf((String) null)).isEmpty();
    }
}
