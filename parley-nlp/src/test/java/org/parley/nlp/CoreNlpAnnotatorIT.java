package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedText;
import org.parley.model.Dependency;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.PartOfSpeech;
import org.parley.model.PublicationDate;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/** The default annotator on sentences written for these tests. */
class CoreNlpAnnotatorIT {

    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void loadModels() {
        annotator = SharedAnnotator.get();
    }

    private static List<EntityMention> ofType(AnnotatedText a, EntityType type) {
        return a.entities().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void tagsTitlesNationalitiesAndPersonsInADiplomaticSentence() {
        String text = "Vietnamese Party General Secretary Nguyen Phu Trong received US Secretary of State "
                + "Antony Blinken in Hanoi on Monday.";
        AnnotatedText a = annotator.annotate(text, Dates.published("2024-04-17"));

        assertThat(a.entities()).extracting(EntityMention::type, EntityMention::text).contains(
                tuple(EntityType.NATIONALITY, "Vietnamese"), tuple(EntityType.TITLE, "Party General Secretary"),
                tuple(EntityType.PERSON, "Nguyen Phu Trong"), tuple(EntityType.COUNTRY, "US"),
                tuple(EntityType.TITLE, "Secretary of State"), tuple(EntityType.PERSON, "Antony Blinken"), tuple(EntityType.CITY, "Hanoi"));
        assertThat(a.times()).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("Monday", "2024-04-15"));
    }

    @Test
    void splitsACountryNameOffTheFrontOfAPerson() {
        String text = "Talks between Vietnam Nguyen Phu Trong and China Xi Jinping ended.";
        AnnotatedText a = annotator.annotate(text, PublicationDate.UNKNOWN);

        assertThat(ofType(a, EntityType.PERSON)).extracting(EntityMention::text)
                .noneMatch(p -> p.startsWith("Vietnam") || p.startsWith("China"));
        assertThat(ofType(a, EntityType.COUNTRY)).extracting(EntityMention::text).contains("Vietnam", "China");
    }

    @Test
    void tagsWashingtonDcAsACityAndResolvesYesterday() {
        String text = "The two ministers met in Washington, D.C. yesterday and in Washington DC again today.";
        AnnotatedText a = annotator.annotate(text, Dates.published("2024-03-26"));

        assertThat(ofType(a, EntityType.CITY)).extracting(EntityMention::text).containsExactly("Washington, D.C.", "Washington DC");
        assertThat(a.times()).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("yesterday", "2024-03-25"), tuple("today", "2024-03-26"));
    }

    @Test
    void normalizesMoney() {
        AnnotatedText a = annotator.annotate("The bank pledged $500 million for clean energy.", PublicationDate.UNKNOWN);
        assertThat(ofType(a, EntityType.MONEY)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("$500 million");
            assertThat(m.normalized()).isEqualTo("$5.0E8");
        });
    }

    @Test
    void readsNumericDatesThatSutimeSkips() {
        String text = "Hanoi, 27/03/2024 - The statement was issued after the talks.";
        AnnotatedText a = annotator.annotate(text, PublicationDate.UNKNOWN);
        assertThat(a.times()).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
                .contains(tuple("27/03/2024", "DATE", "2024-03-27"));
    }

    @Test
    void leavesRelativeDatesUnresolvedWithoutAYear() {
        String text = "The ministers will meet on March 26 and again next week.";
        AnnotatedText withoutYear = annotator.annotate(text,
                new PublicationDate.WithoutYear(MonthDay.of(3, 20), PublicationDate.Source.DATELINE, "Mar 20"));
        assertThat(withoutYear.times()).extracting(TimeExpression::text, TimeExpression::value)
                .contains(tuple("March 26", "XXXX-03-26"));
        assertThat(withoutYear.times()).extracting(TimeExpression::value)
                .noneMatch(value -> value != null && value.matches("\\d{4}.*"));

        AnnotatedText dated = annotator.annotate(text, Dates.published("2024-03-20"));
        assertThat(dated.times()).extracting(TimeExpression::text, TimeExpression::value)
                .contains(tuple("March 26", "2024-03-26"), tuple("next week", "2024-W13"));
    }

    @Test
    void endsASentenceAtEachLineAndKeepsTokenSpansOnTheText() {
        String text = "Ministers meet in Hanoi\nThe foreign ministers of both countries met on Tuesday. They signed a memorandum.";
        AnnotatedText a = annotator.annotate(text, PublicationDate.UNKNOWN);

        assertThat(a.sentences()).extracting(s -> s.text(text)).containsExactly(
                "Ministers meet in Hanoi", "The foreign ministers of both countries met on Tuesday.",
                "They signed a memorandum.");
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(t.span().of(text)).isEqualTo(t.word());
                assertThat(s.span().contains(t.span())).isTrue();
                assertThat(t.pos()).isNotEqualTo(PartOfSpeech.OTHER);
                assertThat(t.lemma()).isNotBlank();
            }
        }
        assertThat(a.sentences().get(1).tokens()).filteredOn(t -> t.word().equals("met"))
                .singleElement().satisfies(t -> {
                    assertThat(t.lemma()).isEqualTo("meet");
                    assertThat(t.pos()).isEqualTo(PartOfSpeech.VERB_PAST);
                });
    }

    @Test
    void parsesEachSentenceIntoOneTreeWithUniversalDependencies() {
        String text = "The foreign minister met his American counterpart in Washington.";
        AnnotatedText a = annotator.annotate(text, PublicationDate.UNKNOWN);
        Sentence s = a.sentences().get(0);

        assertThat(s.dependencies()).hasSize(s.tokens().size());
        assertThat(s.dependencies()).filteredOn(d -> d.governor() == -1).singleElement()
                .satisfies(root -> assertThat(s.tokens().get(root.dependent()).word()).isEqualTo("met"));
        assertThat(s.dependencies()).allSatisfy(d -> assertThat(d.governor()).isLessThan(s.tokens().size()));
        Dependency subject = s.dependencies().stream().filter(d -> d.relation().equals("nsubj")).findFirst().orElseThrow();
        assertThat(s.tokens().get(subject.dependent()).word()).isEqualTo("minister");
        assertThat(s.tokens().get(subject.governor()).word()).isEqualTo("met");
    }

    @Test
    void namesItsConfigurationForStaleAnnotationChecks() {
        AnnotatedText a = annotator.annotate("Hello.", PublicationDate.UNKNOWN);
        assertThat(a.annotator()).isEqualTo(annotator.name()).contains("corenlp-4.5.10", "fine=curated");
    }
}
