package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;
import org.parley.model.EntityType;
import org.parley.model.PartOfSpeech;

class CoreNlpTagsTest {

    @Test
    void mapsPennTagsToPartsOfSpeechAndUnknownTagsToOther() {
        assertThat(CoreNlpTags.partOfSpeech("NNS")).isEqualTo(PartOfSpeech.PLURAL_NOUN);
        assertThat(CoreNlpTags.partOfSpeech("-LRB-")).isEqualTo(PartOfSpeech.OPENING_BRACKET);
        assertThat(CoreNlpTags.partOfSpeech("ZZZ")).isEqualTo(PartOfSpeech.OTHER);
        assertThat(CoreNlpTags.partOfSpeech(null)).isEqualTo(PartOfSpeech.OTHER);
    }

    @Test
    void mapsNerClassesToEntityTypesWithOutsideAsNone() {
        assertThat(CoreNlpTags.entityType("STATE_OR_PROVINCE")).isEqualTo(EntityType.STATE_OR_PROVINCE);
        assertThat(CoreNlpTags.entityType("CAUSE_OF_DEATH")).isEqualTo(EntityType.CAUSE_OF_DEATH);
        assertThat(CoreNlpTags.entityType("O")).isEqualTo(EntityType.NONE);
        assertThat(CoreNlpTags.entityType(null)).isEqualTo(EntityType.NONE);
        assertThat(CoreNlpTags.entityType("SPACESHIP")).isEqualTo(EntityType.OTHER);
    }

    @Test
    void givesBracketsAsCharactersEvenWithoutTheOriginalText() {
        CoreLabel escaped = new CoreLabel();
        escaped.setWord("-RRB-");
        assertThat(CoreNlpTags.word(escaped)).isEqualTo(")");

        CoreLabel written = new CoreLabel();
        written.setWord("-LRB-");
        written.setOriginalText("(");
        assertThat(CoreNlpTags.word(written)).isEqualTo("(");

        CoreLabel plain = new CoreLabel();
        plain.setWord("talks");
        assertThat(CoreNlpTags.word(plain)).isEqualTo("talks");
    }
}
