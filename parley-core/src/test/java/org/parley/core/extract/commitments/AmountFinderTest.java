package org.parley.core.extract.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.model.Money;

class AmountFinderTest {

    private static java.util.List<Amount> amounts(HandParsedText t) {
        CommitmentReading r = new BodySentences().apply(CommitmentReading.start(ArticleAnalysis.of(t.article(), t.annotation()), t.mentions()));
        return new AmountFinder().apply(r).amounts().get(0);
    }

    @Test
    void readsAnAmountOverItsTokens() {
        HandParsedText t = new HandParsedText().sentence("Alpha/NNP/nsubj/1", "pledged/VBD/root/-1",
                "$/$/obj/1", "500/CD/compound/4", "million/CD/nummod/2", "to/TO/case/6", "Beta/NNP/obl/1");
        assertThat(amounts(t)).containsExactly(new Amount(2, 5, new Money(new BigDecimal("500000000"), "USD")));
    }

    @Test
    void fallsBackOnTheTaggersNormalisedValueForSpelledOutAmounts() {
        HandParsedText t = new HandParsedText().sentence("Alpha/NNP/nsubj/1", "pledged/VBD/root/-1",
                "two/CD/compound/3", "million/CD/nummod/4", "dollars/NNS/obj/1").money(2, 5, "$2.0E6");
        assertThat(amounts(t)).containsExactly(new Amount(2, 5, new Money(new BigDecimal("2000000"), "USD")));
    }

    @Test
    void aMoneyMentionOverAnAmountAlreadyReadCountsOnce() {
        HandParsedText t = new HandParsedText().sentence("Alpha/NNP/nsubj/1", "pledged/VBD/root/-1",
                "$/$/obj/1", "5/CD/compound/4", "million/CD/nummod/2").money(2, 5, "$5.0E6");
        assertThat(amounts(t)).hasSize(1);
    }
}
