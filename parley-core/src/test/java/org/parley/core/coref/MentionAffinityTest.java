package org.parley.core.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.coref.CorefFixtures.SENSES;
import static org.parley.core.coref.CorefFixtures.WEIGHTS;
import static org.parley.core.coref.CorefFixtures.mention;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionAffinityTest {

    private final MentionAffinity affinity = new MentionAffinity(SENSES, WEIGHTS);

    @Test
    void synonymsScoreAsRelatedTriggers() {
        assertThat(affinity.triggers(new Trigger("hit", WordClass.VERB), new Trigger("strike", WordClass.VERB)))
                .isEqualTo(WEIGHTS.related());
    }

    @Test
    void aNominalisationMeetsItsVerb() {
        assertThat(affinity.triggers(new Trigger("meeting", WordClass.NOUN), new Trigger("meet", WordClass.VERB)))
                .isEqualTo(WEIGHTS.related());
    }

    @Test
    void theSameLemmaScoresOneWhateverItsCase() {
        assertThat(affinity.triggers(new Trigger("Arrest", WordClass.NOUN), new Trigger("arrest", WordClass.VERB)))
                .isEqualTo(1.0);
    }

    @Test
    void aKnownPhraseIsLookedUpWhole() {
        Trigger academyAwards = new Trigger("award", WordClass.NOUN, "Academy Award");
        assertThat(affinity.triggers(academyAwards, new Trigger("oscar", WordClass.NOUN))).isEqualTo(WEIGHTS.related());
    }

    @Test
    void anUnknownPhraseFallsBackToItsHead() {
        Trigger struckHard = new Trigger("strike", WordClass.VERB, "strike hard");
        assertThat(affinity.triggers(struckHard, new Trigger("hit", WordClass.VERB))).isEqualTo(WEIGHTS.related());
    }

    @Test
    void unrelatedTriggersScoreNothing() {
        assertThat(affinity.triggers(new Trigger("hit", WordClass.VERB), new Trigger("meet", WordClass.VERB)))
                .isZero();
    }

    @Test
    void differentParticipantsLowerTheScore() {
        CorefMention a = mention("a", "d1", "arrest", Set.of("john smith"), Set.of(), Set.of());
        CorefMention b = mention("b", "d2", "arrest", Set.of("mary jones"), Set.of(), Set.of());
        assertThat(affinity.score(a, b)).isEqualTo(1 - WEIGHTS.participantConflict());
    }

    @Test
    void aSurnameMeetsTheFullName() {
        CorefMention a = mention("a", "d1", "arrest", Set.of("john smith"), Set.of(), Set.of());
        CorefMention b = mention("b", "d2", "arrest", Set.of("smith"), Set.of(), Set.of());
        assertThat(affinity.score(a, b)).isEqualTo(1 + WEIGHTS.sharedParticipant());
    }

    @Test
    void datesApartLowerTheScoreAndAMonthContainsItsDay() {
        CorefMention day = mention("a", "d1", "hit", Set.of(), Set.of(), Set.of("2009-03-04"));
        CorefMention otherDay = mention("b", "d2", "hit", Set.of(), Set.of(), Set.of("2009-04-28"));
        CorefMention month = mention("c", "d3", "hit", Set.of(), Set.of(), Set.of("2009-03"));
        assertThat(affinity.score(day, otherDay)).isEqualTo(1 - WEIGHTS.timeConflict());
        assertThat(affinity.score(day, month)).isEqualTo(1 + WEIGHTS.sharedTime());
    }

    @Test
    void documentsPublishedMonthsApartLowerTheScore() {
        CorefMention a = new CorefMention("a", "d1", 0, new Trigger("quake", WordClass.NOUN), Arguments.NONE,
                LocalDate.of(2008, 12, 15));
        CorefMention b = new CorefMention("b", "d2", 0, new Trigger("quake", WordClass.NOUN), Arguments.NONE,
                LocalDate.of(2009, 6, 1));
        CorefMention c = new CorefMention("c", "d3", 0, new Trigger("quake", WordClass.NOUN), Arguments.NONE,
                LocalDate.of(2008, 12, 17));
        assertThat(affinity.score(a, b)).isEqualTo(1 - WEIGHTS.publishedApart());
        assertThat(affinity.score(a, c)).isEqualTo(1.0);
    }

    @Test
    void unstatedArgumentsNeitherHelpNorHurt() {
        CorefMention a = mention("a", "d1", "hit", Set.of("obama"), Set.of("iran"), Set.of("2009"));
        CorefMention b = mention("b", "d2", "hit", Set.of(), Set.of(), Set.of());
        assertThat(affinity.score(a, b)).isEqualTo(1.0);
    }

    @Test
    void scoringIsSymmetric() {
        CorefMention a = mention("a", "d1", "hit", Set.of("obama"), Set.of("iran"), Set.of("2009-03"));
        CorefMention b = mention("b", "d2", "strike", Set.of("bush"), Set.of("iran"), Set.of("2009-03-04"));
        assertThat(affinity.score(a, b)).isEqualTo(affinity.score(b, a));
    }

    @Test
    void aLightLemmaRepeatedScoresTheLightWeightNotOne() {
        MentionAffinity light = new MentionAffinity(SENSES, WEIGHTS.with("lightTrigger", 0.3));
        assertThat(light.triggers(new Trigger("say", WordClass.VERB), new Trigger("say", WordClass.VERB))).isEqualTo(0.3);
        assertThat(light.triggers(new Trigger("it", WordClass.OTHER), new Trigger("It", WordClass.OTHER))).isEqualTo(0.3);
        assertThat(light.triggers(new Trigger("accord", WordClass.VERB, "accord to"),
                new Trigger("accord", WordClass.VERB, "accord to"))).isEqualTo(0.3);
        assertThat(light.triggers(new Trigger("arrest", WordClass.VERB), new Trigger("arrest", WordClass.VERB))).isEqualTo(1.0);
    }
}
