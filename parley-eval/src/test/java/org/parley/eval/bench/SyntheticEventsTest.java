package org.parley.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.core.extract.ArticleFindings;
import org.parley.model.Article;
import org.parley.model.EventMention;

class SyntheticEventsTest {

    @Test
    void everyArticleReportsAnotherEventWhoseEvidenceIsInItsText() {
        Set<String> events = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 2000; i++) { // past one cycle of the 780 pairs
            Article a = SyntheticEvents.article(i);
            ArticleFindings f = SyntheticEvents.findings(i, a);
            EventMention m = f.events().get(0);
            assertThat(a.clean().text().substring(m.evidence().span().begin(), m.evidence().span().end()))
                    .isEqualTo(m.evidence().text());
            assertThat(m.source().get(0).country()).isNotEqualTo(m.target().get(0).country());
            // a meeting of A with B is one of B with A: the key ignores the order
            String pair = Set.of(m.source().get(0).country(), m.target().get(0).country()).stream().sorted().toList().toString();
            assertThat(events.add(m.type() + pair + m.date())).as("event of article " + i).isTrue();
            assertThat(ids.add(a.id().value())).isTrue();
        }
    }

    @Test
    void theSameNumberGivesTheSameArticle() {
        assertThat(SyntheticEvents.article(1234)).isEqualTo(SyntheticEvents.article(1234));
    }
}
