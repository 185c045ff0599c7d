package org.parley.core.extract.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.commitments.HandParsedText.org;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.core.dates.EventDating;
import org.parley.model.Actor;
import org.parley.model.Commitment;
import org.parley.model.EventDate;
import org.parley.model.Money;

class CommitmentExtractorTest {

    private static final Actor BANK_A = org("Alpha Bank", "USA");
    private static final Actor BANK_B = org("Beta Bank", "VNM");
    private static final Actor USA = Actor.country("United States", "USA");
    private static final Actor VNM = Actor.country("Vietnam", "VNM");
    private static final EventDate DAY = new EventDate.ExactDay(LocalDate.of(2024, 3, 26), EventDate.Basis.STATED, List.of("test"));

    private final List<Integer> triggers = new ArrayList<>();
    private final EventDating dater = (article, text, sentence, trigger, participants) -> {
        synchronized (triggers) {
            triggers.add(trigger);
        }
        return DAY;
    };

    private List<Commitment> extract(HandParsedText t) {
        return new CommitmentExtractor(dater).extract(t.article(), t.annotation(), t.mentions());
    }

    /** "Alpha Bank and Beta Bank signed a $500 million MOU to support green projects" */
    private static HandParsedText mouSentence() {
        return new HandParsedText().sentence("Alpha/NNP/compound/1", "Bank/NNP/nsubj/5", "and/CC/cc/4",
                "Beta/NNP/compound/4", "Bank/NNP/conj/1", "signed/VBD:sign/root/-1", "a/DT/det/10",
                "$/$/nummod/10", "500/CD/compound/9", "million/CD/nummod/7", "MOU/NNP/obj/5", "to/TO/mark/12",
                "support/VB/xcomp/5", "green/JJ/amod/14", "projects/NNS/obj/12")
                .actor(0, 2, BANK_A).actor(3, 5, BANK_B);
    }

    @Test
    void readsASignedMouWithConjoinedPartiesAndTheAmountOnItsObject() {
        List<Commitment> found = extract(mouSentence());
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("mou");
            assertThat(c.parties()).containsExactly(BANK_A, BANK_B);
            assertThat(c.amount()).isEqualTo(new Money(new BigDecimal("500000000"), "USD"));
            assertThat(c.title()).as("a bare MOU has no name").isNull();
            assertThat(c.topics()).contains("climate_energy");
            assertThat(c.date()).isEqualTo(DAY);
            assertThat(c.evidence().text()).startsWith("Alpha Bank and Beta Bank signed a $ 500 million MOU");
        });
        assertThat(triggers).containsExactly(5);
    }

    @Test
    void readsAnMocWithItsWithPartnerAndItsTitle() {
        // "Alpha Bank has signed an MOC on Culture and Education with Beta Bank"
        HandParsedText t = new HandParsedText().sentence("Alpha/NNP/compound/1", "Bank/NNP/nsubj/3",
                "has/VBZ:have/aux/3", "signed/VBN:sign/root/-1", "an/DT/det/5", "MOC/NN:moc/obj/3",
                "on/IN/case/7", "Culture/NNP/nmod/5", "and/CC/cc/9", "Education/NNP/conj/7", "with/IN/case/12",
                "Beta/NNP/compound/12", "Bank/NNP/obl/3")
                .actor(0, 2, BANK_A).actor(11, 13, BANK_B);
        assertThat(extract(t)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("moc");
            assertThat(c.parties()).containsExactly(BANK_A, BANK_B);
            assertThat(c.amount()).isNull();
            assertThat(c.title()).isEqualTo("MOC on Culture and Education");
            assertThat(c.topics()).contains("education", "people_to_people");
        });
    }

    @Test
    void tellsMemorandumOfUnderstandingFromMemorandumOfCooperation() {
        for (String kindWord : new String[] {"understanding", "cooperation"}) {
            HandParsedText t = new HandParsedText().sentence("Alpha/NNP/nsubj/1", "signed/VBD:sign/root/-1",
                    "a/DT/det/3", "memorandum/NN/obj/1", "of/IN/case/5", kindWord + "/NN/nmod/3")
                    .actor(0, 1, BANK_A);
            assertThat(extract(t)).as(kindWord).singleElement().extracting(Commitment::kind)
                    .isEqualTo(kindWord.equals("understanding") ? "mou" : "moc");
        }
    }

    @Test
    void kindOfMoneyCommitmentFollowsTheVerbAndItsTense() {
        // token 2 is the main verb in each: aux tokens come first.
        assertThat(extract(new HandParsedText().sentence("The/DT/det/1", "States/NNP/nsubj/2",
                "pledged/VBD:pledge/root/-1", "$/$/obj/2", "120/CD/compound/5", "million/CD/nummod/3")
                .actor(0, 2, USA))).singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo("pledge");
                    assertThat(c.amount().value()).isEqualByComparingTo("120000000");
                    assertThat(c.parties()).containsExactly(USA);
                });
        assertThat(extract(new HandParsedText().sentence("The/DT/det/1", "States/NNP/nsubj/2",
                "provided/VBD:provide/root/-1", "$/$/obj/2", "120/CD/compound/5", "million/CD/nummod/3")
                .actor(0, 2, USA))).extracting(Commitment::kind).containsExactly("funding");
        assertThat(extract(new HandParsedText().sentence("The/DT/det/1", "States/NNP/nsubj/3", "will/MD/aux/3",
                "provide/VB/root/-1", "$/$/obj/3", "120/CD/compound/6", "million/CD/nummod/4")
                .actor(0, 2, USA))).extracting(Commitment::kind).containsExactly("pledge");
    }

    @Test
    void aLoanOrGrantNamedInTheObjectWinsOverThePledge() {
        // "The United States will provide a loan of $120 million to Vietnam"
        HandParsedText t = new HandParsedText().sentence("The/DT/det/1", "States/NNP/nsubj/3", "will/MD/aux/3",
                "provide/VB/root/-1", "a/DT/det/5", "loan/NN/obj/3", "of/IN/case/7", "$/$/nmod/5",
                "120/CD/compound/9", "million/CD/nummod/7", "to/IN/case/11", "Vietnam/NNP/obl/3")
                .actor(0, 2, USA).actor(11, 12, VNM);
        assertThat(extract(t)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("loan");
            assertThat(c.parties()).as("giver and recipient").containsExactly(USA, VNM);
            assertThat(c.amount().value()).isEqualByComparingTo("120000000");
        });
    }

    @Test
    void hypotheticalNegatedAndPlannedOnesAreNotCommitments() {
        assertThat(extract(new HandParsedText().sentence("The/DT/det/1", "States/NNP/nsubj/3", "could/MD/aux/3",
                "provide/VB/root/-1", "$/$/obj/3", "120/CD/compound/6", "million/CD/nummod/4")
                .actor(0, 2, USA))).as("could provide").isEmpty();
        assertThat(extract(new HandParsedText().sentence("Alpha/NNP/nsubj/3", "did/VBD:do/aux/3", "not/RB/advmod/3",
                "sign/VB/root/-1", "the/DT/det/5", "agreement/NN/obj/3").actor(0, 1, BANK_A)))
                .as("did not sign").isEmpty();
        assertThat(extract(new HandParsedText().sentence("Alpha/NNP/nsubj/2", "will/MD/aux/2",
                "sign/VB/root/-1", "an/DT/det/4", "agreement/NN/obj/2").actor(0, 1, BANK_A)))
                .as("will sign: planned, not signed").isEmpty();
        assertThat(extract(new HandParsedText().sentence("Alpha/NNP/nsubj/1", "plans/VBZ:plan/root/-1",
                "to/TO/mark/3", "sign/VB/xcomp/1", "an/DT/det/5", "agreement/NN/obj/3").actor(0, 1, BANK_A)))
                .as("plans to sign").isEmpty();
    }

    @Test
    void figuresAndCountsAreNotCommitments() {
        // "Two-way trade between Vietnam and the United States hit 123 billion USD"
        HandParsedText trade = new HandParsedText().sentence("Two-way/JJ/amod/1", "trade/NN/nsubj/7",
                "between/IN/case/3", "Vietnam/NNP/nmod/1", "and/CC/cc/6", "the/DT/det/6", "States/NNP/conj/3",
                "hit/VBD/root/-1", "123/CD/compound/9", "billion/CD/nummod/10", "USD/NNP/obj/7")
                .actor(3, 4, VNM).actor(5, 7, USA);
        assertThat(extract(trade)).isEmpty();
        // "The United States provided training for 2 million people"
        HandParsedText people = new HandParsedText().sentence("The/DT/det/1", "States/NNP/nsubj/2",
                "provided/VBD:provide/root/-1", "training/NN/obj/2", "for/IN/case/6", "2/CD/compound/6",
                "million/CD/nummod/7", "people/NNS/nmod/3").actor(0, 2, USA);
        assertThat(extract(people)).isEmpty();
        // "The pledge was welcomed" : no amount, no commitment
        assertThat(extract(new HandParsedText().sentence("The/DT/det/1", "States/NNP/nsubj/2",
                "pledged/VBD:pledge/root/-1", "continued/JJ/amod/4", "support/NN/obj/2").actor(0, 2, USA))).isEmpty();
    }

    @Test
    void aCommitmentNeedsAParty() {
        HandParsedText t = new HandParsedText().sentence("The/DT/det/1", "memorandum/NN/nsubj:pass/3",
                "was/VBD:be/aux:pass/3", "signed/VBN:sign/root/-1");
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void readsAFundingPackageInAFrontedPhrase() {
        // "Through a package of $4 million , the Mission is enhancing training"
        HandParsedText t = new HandParsedText().sentence("Through/IN/case/2", "a/DT/det/2",
                "package/NN/obl/10", "of/IN/case/4", "$/$/nmod/2", "4/CD/compound/6", "million/CD/nummod/4",
                ",/,/punct/10", "the/DT/det/9", "Mission/NNP/nsubj/10", "enhancing/VBG:enhance/root/-1",
                "training/NN/obj/10").actor(8, 10, org("U.S. Mission to Vietnam", "USA"));
        assertThat(extract(t)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("funding");
            assertThat(c.amount()).isEqualTo(new Money(new BigDecimal("4000000"), "USD"));
            assertThat(c.parties()).extracting(Actor::name).containsExactly("U.S. Mission to Vietnam");
            assertThat(c.topics()).contains("education");
        });
        assertThat(triggers).containsExactly(2);
    }

    @Test
    void mergesRepeatedMentionsOfOneCommitmentWithinAnArticle() {
        HandParsedText t = mouSentence();
        t.sentence("The/DT/det/1", "MOU/NNP/nsubj:pass/3", "was/VBD:be/aux:pass/3", "signed/VBN:sign/root/-1",
                "by/IN/case/5", "Alpha/NNP/obl/3").actor(5, 6, BANK_A);
        assertThat(extract(t)).singleElement().satisfies(c -> {
            assertThat(c.evidence().sentence()).isZero();
            assertThat(c.amount()).isNotNull();
        });
    }

    @Test
    void placeAndPartnerAreNotPartOfTheTitle() {
        // "Alpha signed a memorandum of understanding in Hanoi with Beta" (the parser hangs both on the noun)
        HandParsedText t = new HandParsedText().sentence("Alpha/NNP/nsubj/1", "signed/VBD:sign/root/-1",
                "a/DT/det/3", "memorandum/NN/obj/1", "of/IN/case/5", "understanding/NN/nmod/3", "in/IN/case/7",
                "Hanoi/NNP/nmod/5", "with/IN/case/9", "Beta/NNP/nmod/3").actor(0, 1, BANK_A).actor(9, 10, BANK_B);
        assertThat(extract(t)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("mou");
            assertThat(c.title()).isNull();
            assertThat(c.parties()).containsExactly(BANK_A, BANK_B);
        });
    }

    @Test
    void actorNamesDoNotMakeTopics() {
        // "the Ministry of Investment signed an agreement"
        HandParsedText t = new HandParsedText().sentence("Ministry/NNP/nsubj/3", "of/IN/case/2",
                "Investment/NNP/nmod/0", "signed/VBD:sign/root/-1", "an/DT/det/5", "agreement/NN/obj/3")
                .actor(0, 3, org("Ministry of Investment", "VNM"));
        assertThat(extract(t)).singleElement().satisfies(c -> assertThat(c.topics()).doesNotContain("investment"));
    }

    @Test
    void givesTheSameAnswerFromManyThreads() throws Exception {
        CommitmentExtractor extractor = new CommitmentExtractor(dater);
        HandParsedText t = mouSentence();
        List<Commitment> expected = extractor.extract(t.article(), t.annotation(), t.mentions());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Commitment>>> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                runs.add(pool.submit(() -> extractor.extract(t.article(), t.annotation(), t.mentions())));
            }
            for (Future<List<Commitment>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
