package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

    private static final String HEADER = "# columns: lemma\tpos\ttype\tmode\tcameo\tcue\tpattern\n";

    @Test
    void bundledRowsUseSchemaTypesAndCameoCodes() {
        TriggerLexicon lexicon = TriggerLexicon.bundled();
        assertThat(lexicon.rules("talk", true)).first().satisfies(r -> {
            assertThat(r.cue()).isEqualTo("mod:phone");
            assertThat(r.cameo()).isEqualTo("041");
        });
        assertThat(lexicon.rules("meet", false)).singleElement().extracting(TriggerRule::type).isEqualTo("CONSULT");
        assertThat(lexicon.rules("sign", false)).singleElement().extracting(TriggerRule::cameo).isEqualTo("057");
        assertThat(lexicon.rules("hold", false)).singleElement().extracting(TriggerRule::light).isEqualTo(true);
        assertThat(lexicon.rules("unknownword", false)).isEmpty();
        assertThat(lexicon.isLightVerb("hold")).isTrue();
        assertThat(lexicon.isLightVerb("meet")).isFalse();
    }

    @Test
    void rejectsTypesOutsideTheSchemaNamingTheLine() {
        assertThatThrownBy(() -> TriggerLexicon.read(new StringReader(HEADER + "meet\tverb\tMEET\t-\t040\t-\tsymmetric\n"),
                "bad.tsv")).hasMessageContaining("bad.tsv:2").hasMessageContaining("MEET");
        assertThatThrownBy(() -> TriggerLexicon.read(new StringReader(HEADER + "meet\tverb\tCONSULT\t-\t4\t-\tsymmetric\n"),
                "bad.tsv")).hasMessageContaining("CAMEO");
        assertThatThrownBy(() -> TriggerLexicon.read(new StringReader(HEADER + "meet\tadj\tCONSULT\t-\t040\t-\tsymmetric\n"),
                "bad.tsv")).hasMessageContaining("pos");
    }
}
