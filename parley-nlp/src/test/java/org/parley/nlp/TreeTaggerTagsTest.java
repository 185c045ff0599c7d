package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TreeTaggerTagsTest {

    @Test
    void splitsPennVerbTagsIntoBeHaveAndOtherVerbs() {
        assertThat(TreeTaggerTags.of("VBD", "be")).isEqualTo("VBD");
        assertThat(TreeTaggerTags.of("VBZ", "have")).isEqualTo("VHZ");
        assertThat(TreeTaggerTags.of("VBN", "have")).isEqualTo("VHN");
        assertThat(TreeTaggerTags.of("VBD", "meet")).isEqualTo("VVD");
        assertThat(TreeTaggerTags.of("VB", "sign")).isEqualTo("VV");
    }

    @Test
    void keepsEveryOtherTagAsItIs() {
        assertThat(TreeTaggerTags.of("NNP", "May")).isEqualTo("NNP");
        assertThat(TreeTaggerTags.of("MD", "may")).isEqualTo("MD");
        assertThat(TreeTaggerTags.of(null, null)).isNull();
    }
}
