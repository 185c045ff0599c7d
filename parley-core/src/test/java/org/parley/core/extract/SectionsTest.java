package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionsTest {

    @Test
    void aHeadingStartsASectionButACaptionDoesNot() {
        ParsedText t = new ParsedText()
                .sentence("Talks/NNS in/IN Hanoi/NNP")
                .sentence("Blinken/NNP met/VBD Son/NNP ./.")
                .sentence("Photo/NN :/: Ministry/NNP")
                .caption()
                .sentence("Next/JJ steps/NNS")
                .sentence("They/PRP agreed/VBD ./.");
        ArticleEvents article = new ArticleEvents(t.article(), t.annotation(), t.actors());

        new Sections().apply(article);

        assertThat(new int[] {article.section(0), article.section(1), article.section(2), article.section(3),
                article.section(4)}).containsExactly(1, 1, 1, 2, 2);
    }
}
