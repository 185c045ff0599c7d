package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.core.kb.OfficeTerm;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.OffsetMap;
import org.parley.model.Origin;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;
import org.parley.model.Token;

class ActorResolverTest {

    private static final ActorResolver RESOLVER = ActorResolver.bundled();
    private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 26);
    private static final Actor BLINKEN = new Actor("Antony Blinken", ActorKind.PERSON, "Secretary of State", "USA", "GOV");
    private static final Actor SON = new Actor("Bui Thanh Son", ActorKind.PERSON, "Foreign Minister", "VNM", "GOV");

    private static Optional<ActorMention> mention(List<ActorMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    @Test
    void groundsTitledNamesFromTheKnowledgeBaseWithTokenRanges() {
        AnnotatedText text = new TestText()
                .sentence("US/COUNTRY Secretary/TITLE of/TITLE State/TITLE Antony/PERSON J./PERSON Blinken/PERSON met"
                        + " Vietnamese/NATIONALITY Minister/TITLE of/TITLE Foreign/TITLE Affairs/TITLE Bui/PERSON"
                        + " Thanh/PERSON Son/PERSON .")
                .build();
        List<ActorMention> ms = RESOLVER.resolve(text, MARCH_2024);
        ActorMention blinken = mention(ms, "US Secretary of State Antony J. Blinken").orElseThrow();
        assertThat(blinken.actor()).isEqualTo(BLINKEN);
        assertThat(blinken.beginToken()).isZero();
        assertThat(blinken.endToken()).isEqualTo(7);
        ActorMention son = mention(ms, "Vietnamese Minister of Foreign Affairs Bui Thanh Son").orElseThrow();
        assertThat(son.actor()).isEqualTo(SON);
        assertThat(son.coversToken(0, 14)).isTrue();
        assertThat(son.basis()).isEqualTo(ActorMention.Basis.NAMED);
    }

    @Test
    void resolvesShortFormsTitlesAndGroupsToThePeopleMetEarlier() {
        AnnotatedText text = new TestText()
                .sentence("Secretary/TITLE of/TITLE State/TITLE Antony/PERSON Blinken/PERSON hosted Foreign/TITLE"
                        + " Minister/TITLE Bui/PERSON Thanh/PERSON Son/PERSON in Washington/CITY .")
                .sentence("Secretary/TITLE Blinken/PERSON and Minister/TITLE Son talked .")
                .sentence("The Secretary praised the two sides .")
                .build();
        List<ActorMention> ms = RESOLVER.resolve(text, MARCH_2024);
        assertThat(mention(ms, "Secretary Blinken").orElseThrow().actor()).isEqualTo(BLINKEN);
        assertThat(mention(ms, "Minister Son").orElseThrow().actor()).isEqualTo(SON);
        assertThat(mention(ms, "Minister Son").orElseThrow().basis()).isEqualTo(ActorMention.Basis.SHORT_FORM);
        assertThat(mention(ms, "The Secretary").orElseThrow().actor()).isEqualTo(BLINKEN);
        assertThat(ms.stream().filter(m -> m.text().equals("the two sides")).map(ActorMention::actor))
                .containsExactlyInAnyOrder(BLINKEN, SON);
        // "in Washington" is a place, not the US government.
        assertThat(mention(ms, "Washington")).isEmpty();
    }

    @Test
    void resolvesAPronounOnlyWhenOnePersonFits() {
        AnnotatedText text = new TestText()
                .sentence("Prime/TITLE Minister/TITLE Pham/PERSON Minh/PERSON Chinh/PERSON welcomed guests .")
                .sentence("He praised cooperation .")
                .sentence("Chinh/PERSON thanked Blinken/PERSON for his visit .")
                .build();
        List<ActorMention> ms = RESOLVER.resolve(text, MARCH_2024);
        ActorMention he = ms.stream().filter(m -> m.sentence() == 1 && m.text().equals("He")).findFirst().orElseThrow();
        assertThat(he.actor().name()).isEqualTo("Pham Minh Chinh");
        assertThat(he.basis()).isEqualTo(ActorMention.Basis.PRONOUN);
        // Two people before "his": ambiguous, so left out.
        assertThat(ms.stream().filter(m -> m.text().equals("his"))).isEmpty();
    }

    @Test
    void groundsCountriesAndCapitalsUsedAsAgents() {
        AnnotatedText text = new TestText()
                .sentence("Washington/CITY welcomed the US/COUNTRY - Vietnam/COUNTRY relationship .")
                .build();
        List<ActorMention> ms = RESOLVER.resolve(text, MARCH_2024);
        assertThat(mention(ms, "Washington").orElseThrow().actor()).isEqualTo(Actor.country("United States", "USA"));
        assertThat(mention(ms, "US").orElseThrow().actor().country()).isEqualTo("USA");
        assertThat(mention(ms, "Vietnam").orElseThrow().basis()).isEqualTo(ActorMention.Basis.COUNTRY);
    }

    @Test
    void groundsOrganisationsWithAliasesAndModifiers() {
        AnnotatedText text = new TestText()
                .sentence("The Export-Import/ORGANIZATION Bank/ORGANIZATION of/ORGANIZATION the/ORGANIZATION"
                        + " United/ORGANIZATION States/ORGANIZATION ( EXIM/ORGANIZATION ) signed with the"
                        + " Vietnamese/NATIONALITY Ministry/ORGANIZATION of/ORGANIZATION Finance/ORGANIZATION .")
                .sentence("EXIM/ORGANIZATION and ASEAN/ORGANIZATION agreed .")
                .build();
        List<ActorMention> ms = RESOLVER.resolve(text, MARCH_2024);
        Actor exim = mention(ms, "Export-Import Bank of the United States").orElseThrow().actor();
        assertThat(exim.country()).isEqualTo("USA");
        assertThat(exim.sector()).isEqualTo("GOV");
        assertThat(mention(ms, "EXIM").orElseThrow().actor()).isEqualTo(exim);
        Actor ministry = mention(ms, "Vietnamese Ministry of Finance").orElseThrow().actor();
        assertThat(ministry.country()).isEqualTo("VNM");
        assertThat(ministry.kind()).isEqualTo(ActorKind.ORGANIZATION);
        Actor asean = mention(ms, "ASEAN").orElseThrow().actor();
        assertThat(asean.sector()).isEqualTo("IGO");
        assertThat(asean.country()).isNull();
    }

    @Test
    void regroundsARoleAtAnEarlierDate() {
        Actor trong = new Actor("Nguyen Phu Trong", ActorKind.PERSON, "Party General Secretary", "VNM", "PTY");
        assertThat(RESOLVER.atDate(trong, LocalDate.of(2019, 6, 1)).role()).isEqualTo("Party General Secretary");
        Actor trung = RESOLVER.atDate(new Actor("Le Hoai Trung", ActorKind.PERSON, "Foreign Minister", "VNM", "GOV"),
                LocalDate.of(2023, 4, 15));
        assertThat(trung.role()).isNull();
        Actor son2020 = RESOLVER.atDate(SON, LocalDate.of(2020, 1, 1));
        assertThat(son2020.role()).isNull();
        assertThat(RESOLVER.atDate(BLINKEN, LocalDate.of(2024, 5, 28))).isEqualTo(BLINKEN);
    }

    @Test
    void givesTheSameAnswerFromSeveralThreads() throws Exception {
        AnnotatedText text = new TestText()
                .sentence("Secretary/TITLE of/TITLE State/TITLE Antony/PERSON Blinken/PERSON met Foreign/TITLE"
                        + " Minister/TITLE Bui/PERSON Thanh/PERSON Son/PERSON .")
                .sentence("The two sides agreed .")
                .build();
        List<ActorMention> expected = RESOLVER.resolve(text, MARCH_2024);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ActorMention>>> runs = new java.util.ArrayList<>();
            for (int k = 0; k < 16; k++) {
                runs.add(pool.submit(() -> RESOLVER.resolve(text, MARCH_2024)));
            }
            for (Future<List<ActorMention>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aCountryWordGrowsOverTheCollectiveItQualifies() {
        AnnotatedText text = new TestText()
                .sentence("Senior Hungarian/NATIONALITY and Romanian/NATIONALITY officials agreed .")
                .sentence("The Sudanese/NATIONALITY government refused .")
                .sentence("Police in Zimbabwe/COUNTRY arrested students .")
                .build();
        List<ActorMention> ms = RESOLVER.resolve(text, MARCH_2024);
        assertThat(ms.stream().filter(m -> m.text().equals("Hungarian and Romanian officials")).map(ActorMention::actor))
                .containsExactly(new Actor("officials of Hungary", ActorKind.GROUP, null, "HUN", "GOV"),
                        new Actor("officials of Romania", ActorKind.GROUP, null, "ROU", "GOV"));
        ActorMention sudan = mention(ms, "Sudanese government").orElseThrow();
        assertThat(sudan.actor().kind()).isEqualTo(ActorKind.COUNTRY);
        assertThat(sudan.actor().country()).isEqualTo("SDN");
        assertThat(mention(ms, "Police").orElseThrow().actor())
                .isEqualTo(new Actor("Police", ActorKind.ORGANIZATION, null, "ZWE", "COP"));
        assertThat(mention(ms, "students").orElseThrow().actor().sector()).isEqualTo("EDU");
    }

    @Test
    void groundsNonStateGroupsAndPluralDemonymsToTheirCountry() {
        AnnotatedText text = new TestText()
                .sentence("Hezbollah/ORGANIZATION said Albanians/NATIONALITY protested .")
                .build();
        List<ActorMention> ms = RESOLVER.resolve(text, MARCH_2024);
        assertThat(mention(ms, "Hezbollah").orElseThrow().actor())
                .satisfies(a -> assertThat(a.country()).isEqualTo("LBN"))
                .satisfies(a -> assertThat(a.sector()).isEqualTo("REB"));
        assertThat(mention(ms, "Albanians").orElseThrow().actor())
                .satisfies(a -> assertThat(a.kind()).isEqualTo(ActorKind.GROUP))
                .satisfies(a -> assertThat(a.country()).isEqualTo("ALB"));
    }

    @Test
    void itIsTheCountryThatReportsWhatItDid() {
        AnnotatedText text = new TestText()
                .sentence("Japan/COUNTRY said it halted aid .")
                .sentence("It rained .")
                .build();
        List<ActorMention> ms = RESOLVER.resolve(text, MARCH_2024);
        assertThat(ms).filteredOn(m -> m.text().equals("it")).singleElement()
                .satisfies(m -> assertThat(m.actor().country()).isEqualTo("JPN"))
                .satisfies(m -> assertThat(m.basis()).isEqualTo(ActorMention.Basis.PRONOUN));
        assertThat(ms).noneMatch(m -> m.sentence() == 1);
    }

    @Test
    void aPronounReachesBackOverAPhotoCaptionTheAnalysisKnows() {
        AnnotatedText text = new TestText()
                .sentence("Antony/PERSON Blinken/PERSON arrived .")
                .sentence("Airport arrival")
                .sentence("He praised the talks .")
                .build();
        ArticleAnalysis analysis = ArticleAnalysis.of(articleWithCaption(text, 1), text);

        assertThat(mention(RESOLVER.resolve(analysis), "He")).hasValueSatisfying(
                he -> assertThat(he.actor().name()).isEqualTo("Antony Blinken"));
        assertThat(mention(RESOLVER.resolve(text, MARCH_2024), "He"))
                .as("captions unknown: the caption reads as a heading, which a pronoun does not reach over")
                .isEmpty();
    }

    /** An article whose clean text is {@code text}'s words, sentence {@code caption} a photo caption. */
    private static Article articleWithCaption(AnnotatedText text, int caption) {
        String clean = String.join(" ", text.sentences().stream()
                .flatMap(s -> s.tokens().stream().map(Token::word)).toList());
        RawArticle raw = RawArticle.text(Origin.file("in/test.txt", "test.txt"), SourceFormat.TEXT, clean);
        return new Article(new ArticleId("0123456789abcdef"), null, raw, new CleanText(clean,
                List.of(text.sentences().get(caption).span()), List.of(), OffsetMap.identity(clean.length())), "en",
                PublicationDate.UNKNOWN, ArticleStatus.ANNOTATED, null, Instant.EPOCH);
    }

    @Test
    void everyMentionOfAPersonCarriesTheOfficeCountryAndSectorOfTheirTitle() {
        AnnotatedText text = new TestText()
                .sentence("US/COUNTRY Secretary/TITLE of/TITLE State/TITLE Antony/PERSON Blinken/PERSON met"
                        + " Vietnamese/NATIONALITY Foreign/TITLE Minister/TITLE Bui/PERSON Thanh/PERSON Son/PERSON and"
                        + " Prime/TITLE Minister/TITLE Pham/PERSON Minh/PERSON Chinh/PERSON .")
                .sentence("Blinken/PERSON thanked Vietnam/COUNTRY .")
                .build();
        List<ActorMention> ms = RESOLVER.resolve(text, MARCH_2024);
        Title secretary = new Title("Secretary of State", OfficeTerm.FOREIGN_MINISTER, "USA", "GOV");
        assertThat(mention(ms, "US Secretary of State Antony Blinken").orElseThrow().title()).contains(secretary);
        assertThat(mention(ms, "Blinken").orElseThrow().title()).contains(secretary);
        assertThat(mention(ms, "Vietnamese Foreign Minister Bui Thanh Son").orElseThrow().title())
                .contains(new Title("Foreign Minister", OfficeTerm.FOREIGN_MINISTER, "VNM", "GOV"));
        assertThat(mention(ms, "Prime Minister Pham Minh Chinh").orElseThrow().title())
                .contains(new Title("Prime Minister", OfficeTerm.HEAD_OF_GOVERNMENT, "VNM", "GOV"));
        assertThat(mention(ms, "Vietnam").orElseThrow().title()).isEmpty();
    }

    @Test
    void aTitleThatNamesNoOfficeKeepsItsWordsCountryAndSector() {
        AnnotatedText text = new TestText()
                .sentence("Kenyan/NATIONALITY Senator/TITLE Jane/PERSON Roe/PERSON met General/TITLE John/PERSON"
                        + " Doe/PERSON .")
                .build();
        List<ActorMention> ms = RESOLVER.resolve(text, MARCH_2024);
        assertThat(mention(ms, "Kenyan Senator Jane Roe").orElseThrow().title())
                .contains(new Title("Senator", null, "KEN", "LEG"));
        assertThat(mention(ms, "General John Doe").orElseThrow().title())
                .contains(new Title("General", null, null, "MIL"));
    }

    @Test
    void withoutATitleInTheTextTheKnowledgeBaseTermGivesIt() {
        AnnotatedText text = new TestText().sentence("Antony/PERSON Blinken/PERSON spoke .").build();
        assertThat(mention(RESOLVER.resolve(text, MARCH_2024), "Antony Blinken").orElseThrow().title())
                .contains(new Title("Secretary of State", OfficeTerm.FOREIGN_MINISTER, "USA", "GOV"));
    }
}
