package org.parley.eval.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfidfDocumentsTest {

    @Test
    void gramsCountEveryRunOfUpToThreeWords() {
        Map<String, Integer> grams = TfidfDocuments.grams(List.of("quake", "hit", "island", "quake"), 3);

        assertThat(grams).containsEntry("quake", 2).containsEntry("quake hit", 1).containsEntry("hit island quake", 1)
                .doesNotContainKey("quake hit island quake");
    }

    @Test
    void keepsTermsSeenInEnoughDocumentsButNotInMostAndWeighsThemToUnitLength() {
        List<String> texts = List.of(
                "The quake struck the island at dawn.",
                "A quake struck the island; the ferry stopped.",
                "Another quake struck the island overnight.",
                "Ministers met in Hanoi to talk trade.",
                "Ministers met in Hanoi again.",
                "Ministers met in Hanoi for talks on trade.",
                "The ferry sailed.");

        TfidfDocuments tfidf = TfidfDocuments.of(texts, 3, 0.5, 3);

        // "quake struck the island": stop words go before the n-grams are formed, so "quake struck island" is one
        // trigram in three documents; "ferry" is in two (under three), "the" is a stop word
        assertThat(tfidf.dimensions()).isEqualTo(12); // quake, struck, island, quake struck, struck island,
        // quake struck island, ministers, met, hanoi, ministers met, met hanoi, ministers met hanoi
        for (TfidfDocuments.Vector v : tfidf.vectors().subList(0, 6)) {
            assertThat(v.squaredNorm()).isCloseTo(1.0, within(1e-9));
            assertThat(v.terms()).hasSize(6);
        }
        assertThat(tfidf.vectors().get(6).terms()).isEmpty();
    }

    @Test
    void aTermInMoreThanTheShareOfDocumentsIsDropped() {
        List<String> texts = List.of("storm news", "storm news", "storm news", "storm report", "flood report", "flood report");

        TfidfDocuments tfidf = TfidfDocuments.of(texts, 1, 0.5, 1);

        // storm (4 of 6) goes; news (3), report (3) and flood (2) stay
        assertThat(tfidf.dimensions()).isEqualTo(3);
    }
}
