package org.parley.core.extract.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.model.EventDate;

class CommitmentPassesTest {

    private static final CommitmentAssembly ASSEMBLY = new CommitmentAssembly(
            (article, text, sentence, trigger, participants) -> new EventDate.Unknown(List.of("test")));

    @Test
    void aPassReadingWhatNoEarlierPassAddsFailsAtConstructionNamingPassAndFact() {
        assertThatThrownBy(() -> new CommitmentPasses(List.of(new BodySentences(), new FrameReading(),
                new SameCommitmentMerge(), ASSEMBLY)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FrameReading reads [AMOUNTS]")
                .hasMessageContaining("[BodySentences]");
    }

    @Test
    void passesInTheWrongOrderFailToo() {
        assertThatThrownBy(() -> new CommitmentPasses(List.of(new BodySentences(), new AmountFinder(),
                new FrameReading(), ASSEMBLY, new SameCommitmentMerge())))
                .hasMessageContaining("CommitmentAssembly reads [MERGED_DRAFTS]");
    }

    @Test
    void passesThatNeverAddTheCommitmentsFail() {
        assertThatThrownBy(() -> new CommitmentPasses(List.of(new BodySentences(), new AmountFinder())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("adds COMMITMENTS");
    }

    @Test
    void eachPassAddsWhatItDeclares() {
        HandParsedText t = new HandParsedText().sentence("Alpha/NNP/nsubj/1", "pledged/VBD:pledge/root/-1",
                "$/$/obj/1", "5/CD/compound/4", "million/CD/nummod/2").actor(0, 1, HandParsedText.org("Alpha", "USA"));
        CommitmentReading start = CommitmentReading.start(ArticleAnalysis.of(t.article(), t.annotation()), t.mentions());
        CommitmentReading body = new BodySentences().apply(start);
        CommitmentReading amounts = new AmountFinder().apply(body);
        CommitmentReading drafts = new FrameReading().apply(amounts);
        CommitmentReading merged = new SameCommitmentMerge().apply(drafts);
        CommitmentReading done = ASSEMBLY.apply(merged);
        assertThat(start.body()).isEmpty();
        assertThat(body.body()).hasSize(1);
        assertThat(amounts.amounts()).containsOnlyKeys(0);
        assertThat(drafts.drafts()).extracting(Draft::kind).containsExactly("pledge");
        assertThat(merged.drafts()).isEqualTo(drafts.drafts());
        assertThat(done.commitments()).extracting(c -> c.amount().value().toPlainString()).containsExactly("5000000");
    }
}
