package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorResolver;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.core.dates.EventDating;
import org.parley.core.dates.Participant;
import org.parley.core.extract.commitments.CommitmentExtractor;
import org.parley.core.places.Countries;
import org.parley.core.places.Gazetteer;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.EventDate;

class ParleyFindingsExtractorTest {

    /** "France met Iran . France signed an agreement with Iran ." */
    private static ParsedText metAndSigned() {
        return new ParsedText()
                .sentence("France/NNP/COUNTRY met/VBD=meet Iran/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .sentence("France/NNP/COUNTRY signed/VBD=sign an/DT agreement/NN with/IN Iran/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "obl 1 5", "punct 1 6");
    }

    @Test
    void eventsCommitmentsAndTheDaterReadTheOneAnalysisBuiltForTheArticle() {
        List<ArticleAnalysis> asked = new ArrayList<>();
        EventDating dater = new EventDating() {
            @Override
            public EventDate date(Article article, AnnotatedText text, int sentence, int trigger,
                                  List<Participant> participants) {
                throw new AssertionError("a stage dated without the article's analysis");
            }

            @Override
            public EventDate date(ArticleAnalysis analysis, int sentence, int trigger, List<Participant> participants,
                                  boolean background) {
                asked.add(analysis);
                return new EventDate.Unknown(List.of("asked"));
            }
        };
        ParleyFindingsExtractor findings = new ParleyFindingsExtractor(ActorResolver.bundled(),
                new EventExtractor(dater, Gazetteer.bundled(), Countries.bundled()), new CommitmentExtractor(dater));
        ParsedText t = metAndSigned();
        AnnotatedText text = t.annotation();

        ArticleFindings found = findings.extract(t.article(), text);

        assertThat(found.events()).isNotEmpty();
        assertThat(found.commitments()).isNotEmpty();
        assertThat(asked).hasSize(found.events().size() + found.commitments().size());
        ArticleAnalysis first = asked.get(0);
        assertThat(asked).allSatisfy(a -> assertThat(a).as("one analysis per article").isSameAs(first));
        assertThat(first.text()).isSameAs(text);
    }
}
