package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.core.analysis.ArticleAnalysis;

class ArticleEventsTest {

    @Test
    void aRunOfHeadingsOpensASectionButACaptionDoesNot() {
        ParsedText t = new ParsedText()
                .sentence("Talks/NNS in/IN Hanoi/NNP")
                .sentence("Blinken/NNP met/VBD Son/NNP ./.")
                .sentence("Photo/NN :/: Ministry/NNP")
                .caption()
                .sentence("Next/JJ steps/NNS")
                .sentence("Partners/NNS")
                .sentence("They/PRP agreed/VBD ./.");
        ArticleEvents article = new ArticleEvents(ArticleAnalysis.of(t.article(), t.annotation()), t.actors());

        assertThat(new int[] {article.section(0), article.section(1), article.section(2), article.section(3),
                article.section(4), article.section(5)}).containsExactly(0, 0, 0, 1, 1, 1);
        assertThat(article.sentence(2).caption()).isTrue();
        assertThat(article.sentence(1).caption()).isFalse();
    }

    @Test
    void eachSentenceIsReadWithTheGraphOfTheAnalysis() {
        ParsedText t = ExtractFixtures.blinkenMetSonInHanoi().sentence("They/PRP agreed/VBD=agree ./.",
                "nsubj 1 0", "root -1 1", "punct 1 2");
        ArticleAnalysis analysis = ArticleAnalysis.of(t.article(), t.annotation());
        ArticleEvents article = new ArticleEvents(analysis, t.actors());

        assertThat(article.analysis()).isSameAs(analysis);
        assertThat(article.sentence(0).graph()).isSameAs(analysis.graph(0));
        assertThat(article.sentence(1).graph()).isSameAs(analysis.graph(1));
        assertThat(article.sections()).isSameAs(analysis.sections());
    }
}
