package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.ArticleSections;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedText;

/** The passes that ground names and agents with the bundled Phoenix dictionaries. */
class DictionaryPassesTest {

    @Test
    void aPersonTheKnowledgeBaseDoesNotKnowTakesTheRoleInForceAtTheDate() {
        TestText text = new TestText().sentence("Francois/PERSON Mitterrand/PERSON spoke .");
        assertThat(person(text, LocalDate.of(1990, 6, 1))).isEqualTo(
                new Actor("Francois Mitterrand", ActorKind.PERSON, null, "FRA", "GOV"));
        assertThat(person(text, LocalDate.of(1975, 6, 1)).sector()).isEqualTo("ELI");
    }

    @Test
    void withoutADateOnlyTheNationalityAllTheCodesShareIsKept() {
        TestText text = new TestText().sentence("Francois/PERSON Mitterrand/PERSON spoke .");
        assertThat(person(text, null)).isEqualTo(new Actor("Francois Mitterrand", ActorKind.PERSON, null, "FRA", null));
    }

    @Test
    void theKnowledgeBaseKeepsPrecedenceForPeopleItKnows() {
        TestText text = new TestText().sentence("Antony/PERSON Blinken/PERSON spoke .");
        assertThat(person(text, TestReading.MARCH_2024).country()).isEqualTo("USA");
        assertThat(person(text, TestReading.MARCH_2024).role()).isNotNull();
    }

    @Test
    void anOrganisationWithoutCountryTakesTheDictionarys() {
        ArticleReading r = TestReading.through(ReadingFact.DICTIONARY_NAMES, new TestText()
                .sentence("Hamas/ORGANIZATION rejected the plan ."));
        assertThat(TestReading.mention(r, "Hamas").orElseThrow().actor())
                .isEqualTo(new Actor("Hamas", ActorKind.ORGANIZATION, null, "PSE", "REB"));
    }

    @Test
    void anUnclaimedNameIsGroundedButACommonWordOrAPlaceIsNot() {
        ArticleReading r = TestReading.through(ReadingFact.DICTIONARY_NAMES, new TestText()
                .sentence("Taliban/O/NNP fighters say the taliban/O/NN and Herat/CITY matter ."));
        assertThat(r.mentions()).extracting(ActorMention::text).doesNotContain("taliban", "Herat");
        ArticleReading named = TestReading.through(ReadingFact.DICTIONARY_NAMES, new TestText()
                .sentence("Later the Taliban/ORGANIZATION/NNP attacked ."));
        assertThat(TestReading.mention(named, "Taliban").orElseThrow().actor().country()).isEqualTo("AFG");
    }

    @Test
    void aTitleTheDictionaryNamesWithAPersonsNameIsThatPersonButATitleAloneIsNot() {
        ArticleReading r = TestReading.through(ReadingFact.DICTIONARY_NAMES, new TestText()
                .sentence("President/O/NNP Bush/PERSON warned Russia/COUNTRY ."));
        assertThat(TestReading.mention(r, "President Bush").orElseThrow().actor())
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(ActorKind.PERSON);
                    assertThat(a.country()).isEqualTo("USA");
                });
        ArticleReading title = TestReading.through(ReadingFact.DICTIONARY_NAMES, new TestText()
                .sentence("the Secretary/O/NNP of/O/IN State/O/NNP warned ."));
        assertThat(title.mentions()).extracting(ActorMention::text).doesNotContain("Secretary of State");
    }

    @Test
    void aCountryOnlyTheDictionaryKnowsByThatNameIsACountry() {
        ArticleReading r = TestReading.through(ReadingFact.DICTIONARY_COUNTRIES, new TestText()
                .sentence("Bosnia/COUNTRY agreed ."));
        assertThat(TestReading.mention(r, "Bosnia").orElseThrow().actor().country()).isEqualTo("BIH");
    }

    @Test
    void anAgentPhraseLongerThanTheCollectiveNounGivesItsSector() {
        ArticleReading r = TestReading.through(ReadingFact.AGENTS, new TestText()
                .sentence("Afghan/NATIONALITY/JJ rebel leaders agreed ."));
        Actor leaders = TestReading.mention(r, "Afghan rebel leaders").orElseThrow().actor();
        assertThat(leaders.country()).isEqualTo("AFG");
        assertThat(leaders.sector()).isEqualTo("REB");
    }

    @Test
    void aCountryGrowsOverAnAgentAndAPluralAgentAloneIsAdded() {
        ArticleReading r = TestReading.through(ReadingFact.AGENTS, new TestText()
                .sentence("American/NATIONALITY/JJ doctors/O/NNS arrived .")
                .sentence("nurses/O/NNS from/O/IN two/O/CD Swiss/NATIONALITY/JJ groups/O/NNS helped ."));
        Actor doctors = TestReading.mention(r, "American doctors").orElseThrow().actor();
        assertThat(doctors).isEqualTo(new Actor("doctors of United States", ActorKind.GROUP, null, "USA", "HLH"));
        Actor nurses = TestReading.mention(r, "nurses").orElseThrow().actor();
        assertThat(nurses.country()).isEqualTo("CHE");
        assertThat(nurses.sector()).isEqualTo("HLH");
    }

    /** The actor of the first mention after the standard passes have grounded people at {@code date}. */
    private static Actor person(TestText text, LocalDate date) {
        AnnotatedText built = text.build();
        ArticleReading r = new ArticleReading(built, ArticleSections.of(built), date,
                new People(TestReading.KB, new PersonGrounder(date, TestReading.COUNTRIES)));
        for (ReadingPass pass : TestReading.STANDARD.passes()) {
            pass.apply(r);
        }
        return r.mentions().get(0).actor();
    }
}
