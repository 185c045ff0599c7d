package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListsTest {

    @Test
    void everySizeAndSourceGivesOneClass() {
        Class<?> expected = Lists.frozen(List.of()).getClass();
        List<List<String>> sources = List.of(List.of("a"), List.of("a", "b"), List.of("a", "b", "c"),
                new ArrayList<>(List.of("a", "b")), Arrays.asList("a", "b", "c", "d").subList(1, 3),
                Lists.frozen(List.of("a")));
        for (List<String> source : sources) {
            assertThat(Lists.frozen(source).getClass()).as(source.toString()).isSameAs(expected);
        }
    }

    @Test
    void isAnUnmodifiableCopyEqualToTheSource() {
        List<String> source = new ArrayList<>(List.of("a", "b"));
        List<String> frozen = Lists.frozen(source);
        source.add("c");
        assertThat(frozen).containsExactly("a", "b").isEqualTo(List.of("a", "b"));
        assertThat(frozen.hashCode()).isEqualTo(List.of("a", "b").hashCode());
        assertThatThrownBy(() -> frozen.add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.set(0, "d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNullElementsLikeListCopyOf() {
        assertThatThrownBy(() -> Lists.frozen(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Lists.frozen(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void sentencesOfOneTokenAndOfManyHoldTheSameListClass() {
        Token a = new Token("Talks", new Span(0, 5), PartOfSpeech.OTHER, "talk", EntityType.NONE);
        Token b = new Token("end", new Span(6, 9), PartOfSpeech.OTHER, "end", EntityType.NONE);
        Token c = new Token(".", new Span(9, 10), PartOfSpeech.OTHER, ".", EntityType.NONE);
        Sentence one = new Sentence(0, new Span(0, 5), List.of(a), List.of());
        Sentence three = new Sentence(1, new Span(0, 10), new ArrayList<>(List.of(a, b, c)), List.of());
        assertThat(one.tokens().getClass()).isSameAs(three.tokens().getClass());
        AnnotatedText text = new AnnotatedText("test", List.of(one), List.of(), List.of());
        assertThat(text.sentences().getClass()).isSameAs(one.tokens().getClass());
    }
}
