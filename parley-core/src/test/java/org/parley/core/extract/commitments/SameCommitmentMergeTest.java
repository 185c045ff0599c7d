package org.parley.core.extract.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.commitments.HandParsedText.org;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.model.Actor;
import org.parley.model.Money;

class SameCommitmentMergeTest {

    private static final Actor ALPHA = org("Alpha Bank", "USA");
    private static final Actor BETA = org("Beta Bank", "VNM");
    private static final Money FIVE = new Money(new BigDecimal("5000000"), "USD");

    private static List<Draft> merge(Draft... drafts) {
        HandParsedText t = new HandParsedText().sentence("x/NN/root/-1");
        CommitmentReading r = CommitmentReading.start(ArticleAnalysis.of(t.article(), t.annotation()), t.mentions());
        return new SameCommitmentMerge().apply(r.withDrafts(List.of(drafts))).drafts();
    }

    @Test
    void aLaterMentionCompletesTheFirst() {
        Draft first = new Draft(0, 3, "mou", null, List.of(ALPHA), null);
        Draft later = new Draft(2, 1, "mou", "MOU on Energy", List.of(BETA, ALPHA), FIVE);
        assertThat(merge(first, later)).containsExactly(new Draft(0, 3, "mou", "MOU on Energy", List.of(ALPHA, BETA), FIVE));
    }

    @Test
    void otherKindsAmountsOrPartiesAreOtherCommitments() {
        Draft mou = new Draft(0, 3, "mou", null, List.of(ALPHA), FIVE);
        Draft otherKind = new Draft(1, 3, "loan", null, List.of(ALPHA), FIVE);
        Draft otherAmount = new Draft(2, 3, "mou", null, List.of(ALPHA), new Money(new BigDecimal("6000000"), "USD"));
        Draft otherParty = new Draft(3, 3, "mou", null, List.of(BETA), FIVE);
        assertThat(merge(mou, otherKind, otherAmount, otherParty)).hasSize(4);
    }
}
