package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.PublicationDate;

class AnnotatorProfileIT {

    @Test
    void timesEachStageAndCountsWhatItFound() {
        NlpConfig cheapest = new NlpConfig(NlpConfig.CrfModels.THREE_CLASS, NlpConfig.FineGrained.NONE,
                NlpConfig.TimeScope.CUED_SENTENCES, NlpConfig.ParseScope.OFF);
        var texts = List.of(
                new AnnotatorProfile.Text("a", "The French president met the Chinese premier in Beijing on Friday.",
                        Dates.published("2024-05-10")),
                new AnnotatorProfile.Text("b", "Angela Merkel spoke with Vladimir Putin by phone.", PublicationDate.UNKNOWN));

        AnnotatorProfile.Result r = new AnnotatorProfile(texts, 1).run(cheapest);

        assertThat(r.articles()).isEqualTo(2);
        assertThat(r.tokens()).isGreaterThan(15);
        assertThat(r.stages().keySet()).containsExactly("tokenize", "pos", "lemma", "ner", "timex", "convert");
        assertThat(r.millisPerArticle("ner")).isPositive();
        assertThat(r.articlesPerSecond()).isPositive();
        assertThat(r.heapAfterLoad()).isGreaterThan(10L << 20);
        assertThat(r.mentionsByType()).containsEntry("PERSON", 2);
        assertThat(r.timeExpressions()).isEqualTo(1);
        assertThat(AnnotatorProfile.markdownTable(List.of(r))).contains("crf=3class fine=none time=cued depparse=off");
    }
}
