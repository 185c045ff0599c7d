package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

class ShortFormPassTest {

    @Test
    void aSurnameIsThePersonWhoseFullMentionIsNearestBefore() {
        ArticleReading r = TestReading.through(ReadingFact.SHORT_FORMS, new TestText()
                .sentence("John/PERSON Smith/PERSON met Anna/PERSON Smith/PERSON .")
                .sentence("Smith/PERSON spoke ."));
        ActorMention smith = r.mentions().stream().filter(m -> m.sentence() == 1).findFirst().orElseThrow();
        assertThat(smith.basis()).isEqualTo(ActorMention.Basis.SHORT_FORM);
        assertThat(smith.actor().name()).isEqualTo("Anna Smith");
    }

    @Test
    void withNoFullMentionBeforeItTheNearestAfterCounts() {
        ArticleReading r = TestReading.through(ReadingFact.SHORT_FORMS, new TestText()
                .sentence("Smith/PERSON arrived .")
                .sentence("John/PERSON Smith/PERSON spoke ."));
        assertThat(r.mentions().get(0).actor().name()).isEqualTo("John Smith");
    }

    @Test
    void aTitledSurnameTheTextNeverIntroducedIsTheKnowledgeBasesHolderOfTheOffice() {
        ArticleReading r = TestReading.through(ReadingFact.SHORT_FORMS, new TestText()
                .sentence("President/TITLE Biden/PERSON spoke ."));
        assertThat(TestReading.mention(r, "President Biden").orElseThrow().actor())
                .isEqualTo(new Actor("Joe Biden", ActorKind.PERSON, "President", "USA", "GOV"));
    }

    @Test
    void anUntaggedWordWithoutTitleIsNoShortFormOfAnUnknownPerson() {
        ArticleReading r = TestReading.through(ReadingFact.SHORT_FORMS, new TestText()
                .sentence("Biden spoke ."));
        assertThat(r.references()).isEmpty();
    }
}
