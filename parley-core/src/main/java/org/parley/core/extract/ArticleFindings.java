package org.parley.core.extract;

import java.util.List;
import org.parley.model.ArticleId;
import org.parley.model.Commitment;
import org.parley.model.EventMention;

/** What the events stage found in one article. */
public record ArticleFindings(ArticleId article, List<EventMention> events, List<Commitment> commitments) {
    public ArticleFindings {
        events = List.copyOf(events);
        commitments = List.copyOf(commitments);
    }
}
