package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class NlpConfigTest {

    @Test
    void defaultsToOneCrfCuratedTypesCuedHeidelTimeCheckedBySutimeAndCuedParses() {
        NlpConfig d = NlpConfig.defaults();
        assertThat(d.tagger()).isEqualTo(NlpConfig.TimeTagger.BOTH);
        assertThat(d.label()).isEqualTo("crf=3class fine=curated time=cued/both depparse=cued");
        assertThat(d.withDepparse(false).parse()).isEqualTo(NlpConfig.ParseScope.OFF);
        assertThat(d.withDepparse(false).withDepparse(true)).isEqualTo(d);
        assertThat(NlpConfig.coreNlpAsShipped().label()).endsWith("depparse=all");
    }

    @Test
    void namesATimeTaggerOtherThanSutimeAfterTheScope() {
        NlpConfig cued = NlpConfig.defaults().withTime(NlpConfig.TimeScope.CUED_SENTENCES);
        assertThat(cued.withTagger(NlpConfig.TimeTagger.SUTIME).label()).contains(" time=cued depparse=");
        assertThat(cued.withTagger(NlpConfig.TimeTagger.HEIDELTIME).label()).contains(" time=cued/heideltime depparse=");
        assertThat(cued.withTagger(NlpConfig.TimeTagger.BOTH).label()).contains(" time=cued/both depparse=");
    }

    @Test
    void namesEachTimeTaggerByItsLabelInAnyCase() {
        assertThat(NlpConfig.TimeTagger.named("sutime")).isEqualTo(NlpConfig.TimeTagger.SUTIME);
        assertThat(NlpConfig.TimeTagger.named(" HeidelTime ")).isEqualTo(NlpConfig.TimeTagger.HEIDELTIME);
        assertThat(NlpConfig.TimeTagger.named("BOTH")).isEqualTo(NlpConfig.TimeTagger.BOTH);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NlpConfig.TimeTagger.named("timex2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sutime, heideltime, both");
    }

    @Test
    void mapsEachChoiceToCoreNlpProperties() {
        var shipped = CoreNlpAnnotator.properties(NlpConfig.coreNlpAsShipped());
        assertThat(shipped.getProperty("ner.model")).isNull();
        assertThat(shipped.getProperty("ner.fine.regexner.mapping")).contains(CuratedGazetteer.RESOURCE, "regexner_cased.tab");
        assertThat(shipped.getProperty("annotators")).endsWith(",depparse");

        var cheap = CoreNlpAnnotator.properties(NlpConfig.defaults()
                .withFineGrained(NlpConfig.FineGrained.NONE).withDepparse(false));
        assertThat(cheap.getProperty("ner.model")).contains("english.all.3class");
        assertThat(cheap.getProperty("ner.applyFineGrained")).isEqualTo("false");
        assertThat(cheap.getProperty("annotators")).doesNotContain("depparse");
        assertThat(cheap.getProperty("ner.useSUTime")).isEqualTo("false");
    }

    @Test
    void standardProfileConfigurationsAreDistinctAndIncludeTheDefault() {
        var configs = AnnotatorProfile.standardConfigs();
        assertThat(new HashSet<>(configs)).hasSameSizeAs(configs);
        assertThat(configs).contains(NlpConfig.defaults());
    }
}
