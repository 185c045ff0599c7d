package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Sentence;

/**
 * Gives each event the topics of the {@link TopicLexicon} its text mentions: its own sentence,
 * and for a reported meeting also its elaboration, the following sentences of its section up to
 * the next meeting. Reads {@code MERGED} and {@code SECTIONS}; adds {@code TOPICS}.
 */
final class TopicAssigner implements EventPass {

    private final TopicLexicon topics;

    TopicAssigner(TopicLexicon topics) {
        this.topics = topics;
    }

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.MERGED, Fact.SECTIONS), Set.of(Fact.TOPICS));
    }

    @Override
    public void apply(ArticleEvents article) {
        List<EventDraft> drafts = article.drafts();
        List<Sentence> sentences = article.text().sentences();
        List<EventDraft> withTopics = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            EventDraft d = drafts.get(k);
            int end = d.sentence() + 1;
            if (d.isReportedMeeting()) {
                // the meeting's elaboration: following sentences of its section until the next meeting
                int next = sentences.size();
                for (int j = 0; j < drafts.size(); j++) {
                    EventDraft o = drafts.get(j);
                    if (j != k && o.isReportedMeeting() && o.sentence() > d.sentence()) {
                        next = Math.min(next, o.sentence());
                    }
                }
                while (end < next && end < sentences.size() && article.section(end) == article.section(d.sentence())) {
                    end++;
                }
            }
            List<String> texts = new ArrayList<>();
            for (int s = d.sentence(); s < end; s++) {
                texts.add(sentences.get(s).text(article.clean()));
            }
            withTopics.add(d.withTopics(topics.topicsOf(texts)));
        }
        article.setDrafts(withTopics);
    }
}
