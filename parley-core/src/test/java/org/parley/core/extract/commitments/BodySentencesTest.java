package org.parley.core.extract.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySentencesTest {

    @Test
    void aFirstLineThatDoesNotEndLikeASentenceIsTheHeadline() {
        String text = "US and Vietnam sign MOU\nThe two banks signed it.";
        assertThat(BodySentences.headlineEnd(text)).isEqualTo(text.indexOf('\n'));
    }

    @Test
    void aFirstLineEndingLikeASentenceIsBody() {
        assertThat(BodySentences.headlineEnd("The two banks signed it.\nMore.")).isZero();
        assertThat(BodySentences.headlineEnd("He said: \"We signed.\"\nMore.")).isZero();
        assertThat(BodySentences.headlineEnd("One line only")).isZero();
        assertThat(BodySentences.headlineEnd("\nStarts with a blank line")).isZero();
    }
}
