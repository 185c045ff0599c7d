package org.parley.core.dates;

import java.util.List;
import java.util.Objects;
import org.parley.core.analysis.ArticleSections;
import org.parley.model.Actor;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;

/**
 * One mention to date: where it is and who takes part.
 *
 * @param sections     the part of the article each sentence is
 * @param article      the article (its clean text, its publication date)
 * @param text         its annotation: sentences, tokens, parse, time expressions
 * @param sentence     the mention's sentence
 * @param trigger      the token of the mention's word in that sentence
 * @param participants its actors with their titles (their tenures bound the year)
 * @param background   past context: dated from its own sentence only
 */
record DatingRequest(ArticleSections sections, Article article, AnnotatedText text, int sentence, int trigger,
                     List<Participant> participants, boolean background) {

    DatingRequest {
        Objects.requireNonNull(sections, "sections");
        participants = List.copyOf(participants);
    }

    /** A request whose article's sections are read from its annotation and clean text. */
    DatingRequest(Article article, AnnotatedText text, int sentence, int trigger, List<Participant> participants,
                  boolean background) {
        this(ArticleSections.of(text, article.clean()), article, text, sentence, trigger, participants, background);
    }

    /** The participants' actors. */
    List<Actor> actors() {
        return participants.stream().map(Participant::actor).toList();
    }

    String clean() {
        return article.clean().text();
    }

    /** The text of sentence {@code index} on one line. */
    String sentenceText(int index) {
        return text.sentences().get(index).text(clean()).replace('\n', ' ');
    }
}
