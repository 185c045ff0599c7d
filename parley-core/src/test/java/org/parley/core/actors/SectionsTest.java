package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionsTest {

    @Test
    void aSentenceWithoutFinalPunctuationIsAHeadlineThatOpensASection() {
        Sections sections = new Sections(new TestText()
                .sentence("Blinken visits Hanoi")
                .sentence("Vietnam welcomes him")
                .sentence("He met Son .")
                .sentence("Photo : the two ministers")
                .sentence("They talked ( in Hanoi -RRB-")
                .build().sentences());
        assertThat(sections.isHeadline(0)).isTrue();
        assertThat(sections.isHeadline(2)).isFalse();
        assertThat(sections.isHeadline(4)).as("a closing bracket ends running text").isFalse();
        assertThat(sections.same(0, 1)).as("headlines in a row are one section").isTrue();
        assertThat(sections.same(1, 2)).isTrue();
        assertThat(sections.same(2, 3)).as("a caption after the body opens a section").isFalse();
        assertThat(sections.same(3, 4)).isTrue();
    }

    @Test
    void aLongSentenceWithoutPunctuationIsNoHeadline() {
        String words = "word ".repeat(26).strip();
        assertThat(new Sections(new TestText().sentence(words).build().sentences()).isHeadline(0)).isFalse();
    }
}
