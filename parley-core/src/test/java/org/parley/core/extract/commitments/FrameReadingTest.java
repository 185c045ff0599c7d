package org.parley.core.extract.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.commitments.HandParsedText.org;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.model.Actor;

class FrameReadingTest {

    private static final Actor ALPHA = org("Alpha Bank", "USA");

    /** "Alpha pledged a package of $ 4 million": a giving verb and a funding noun over one amount. */
    private static HandParsedText pledgedPackage() {
        return new HandParsedText().sentence("Alpha/NNP/nsubj/1", "pledged/VBD:pledge/root/-1", "a/DT/det/3",
                "package/NN/obj/1", "of/IN/case/5", "$/$/nmod/3", "4/CD/compound/7", "million/CD/nummod/5")
                .actor(0, 1, ALPHA);
    }

    private static CommitmentReading withAmounts(HandParsedText t) {
        return new AmountFinder().apply(new BodySentences().apply(
                CommitmentReading.start(ArticleAnalysis.of(t.article(), t.annotation()), t.mentions())));
    }

    @Test
    void theFundingNounAloneWouldReadTheAmount() {
        CommitmentReading r = withAmounts(pledgedPackage());
        SentenceFacts facts = new SentenceFacts(r.analysis(), 0, r.actorsIn(0),
                r.amounts().get(0));
        assertThat(facts.parse).as("the analysis's graph").isSameAs(r.analysis().graph(0));
        assertThat(new FundingNounFrame().read(facts)).extracting(Draft::kind, Draft::trigger)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("funding", 3));
    }

    @Test
    void anAmountTheGivingVerbClaimedIsNotReadAgainByTheFundingNoun() {
        List<Draft> drafts = new FrameReading().apply(withAmounts(pledgedPackage())).drafts();
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("pledge");
            assertThat(d.trigger()).isEqualTo(1);
            assertThat(d.parties()).containsExactly(ALPHA);
        });
    }

    @Test
    void aSignedDocumentClaimsItsAmountBeforeTheGivingVerb() {
        // "Alpha signed and provided a $ 5 million agreement": the amount after "provided" is the document's
        HandParsedText t = new HandParsedText().sentence("Alpha/NNP/nsubj/1", "signed/VBD:sign/root/-1",
                "and/CC/cc/3", "provided/VBD:provide/conj/1", "a/DT/det/8", "$/$/nummod/8", "5/CD/compound/7",
                "million/CD/nummod/5", "agreement/NN/obj/1").actor(0, 1, ALPHA);
        assertThat(new FrameReading().apply(withAmounts(t)).drafts()).extracting(Draft::kind)
                .containsExactly("agreement");
    }
}
