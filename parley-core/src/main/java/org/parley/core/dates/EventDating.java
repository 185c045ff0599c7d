package org.parley.core.dates;

import java.util.List;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.EventDate;

/**
 * Dates one event mention: from the time expressions of its sentence (and, failing those, of its
 * context), resolved against the publication date, with missing years inferred from evidence in
 * the article and the office-holders knowledge base. Implementations are thread-safe.
 */
@FunctionalInterface
public interface EventDating {

    /**
     * @param article      the article (its publication date anchors relative expressions)
     * @param text         its annotation
     * @param sentence     index of the event's sentence
     * @param triggerToken index, within the sentence, of the word that expresses the event
     * @param participants the event's actors with their titles (their tenures bound the year)
     */
    EventDate date(Article article, AnnotatedText text, int sentence, int triggerToken, List<Participant> participants);

    /**
     * Dates an event that may be a background mention (past context): such an event takes its
     * date from its own sentence only, never from the context or the publication date. By default
     * the same as {@link #date(Article, AnnotatedText, int, int, List)}.
     */
    default EventDate date(Article article, AnnotatedText text, int sentence, int triggerToken,
                           List<Participant> participants, boolean background) {
        return date(article, text, sentence, triggerToken, participants);
    }

    /**
     * Dates an event of an analysed article: its {@link ArticleAnalysis#sections() sections} are
     * read from the analysis, computed once per article, not once per event. By default the
     * analysis is not read beyond its article and annotation.
     */
    default EventDate date(ArticleAnalysis analysis, int sentence, int triggerToken, List<Participant> participants,
                           boolean background) {
        return date(analysis.article(), analysis.text(), sentence, triggerToken, participants, background);
    }
}
