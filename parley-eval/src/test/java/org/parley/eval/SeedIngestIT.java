package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.EntityType;

/** The five seeds go through the whole engine: cleaned, dated as their datelines say, annotated. */
class SeedIngestIT {

    @Test
    void everySeedIsAnnotatedWithSentencesEntitiesAndParsesOfMostSentences() {
        assertThat(SeedCorpus.load()).hasSize(5);
        for (AnnotatedCorpus.Item item : SeedCorpus.load()) {
            assertThat(item.text().sentences()).as(item.doc()).hasSizeGreaterThan(5);
            assertThat(item.text().entities()).as(item.doc()).anyMatch(e -> e.type() == EntityType.PERSON);
            // Cued parsing leaves out sentences with no cue word or no candidate actor (12% of the seeds').
            assertThat(item.text().sentences().stream().filter(s -> !s.dependencies().isEmpty()).count())
                    .as(item.doc() + " parsed sentences").isGreaterThanOrEqualTo(item.text().sentences().size() * 7L / 10);
        }
    }

    @Test
    void datelinesDateSeedsAndUndatedSeedsStayUnknown() {
        assertThat(SeedCorpus.seed("000").article().published().localDate()).hasValueSatisfying(
                d -> assertThat(d).hasToString("2024-03-26"));
        assertThat(SeedCorpus.seed("002").article().published().localDate()).hasValueSatisfying(
                d -> assertThat(d).hasToString("2024-03-27"));
        for (String undated : new String[] {"001", "003", "004"}) {
            assertThat(SeedCorpus.seed(undated).article().published().localDate()).as(undated).isEmpty();
        }
    }
}
