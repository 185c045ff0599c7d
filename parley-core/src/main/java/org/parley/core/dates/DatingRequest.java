package org.parley.core.dates;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.parley.core.analysis.ArticleSections;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.Actor;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;

/**
 * One mention to date: where it is and who takes part.
 *
 * @param sections     the part of the article each sentence is
 * @param graphs       the dependency graph of a sentence, by index (the analysis's, built once per article)
 * @param article      the article (its clean text, its publication date)
 * @param text         its annotation: sentences, tokens, parse, time expressions
 * @param sentence     the mention's sentence
 * @param trigger      the token of the mention's word in that sentence
 * @param participants its actors with their titles (their tenures bound the year)
 * @param background   past context: dated from its own sentence only
 */
record DatingRequest(ArticleSections sections, IntFunction<DependencyGraph> graphs, Article article,
                     AnnotatedText text, int sentence, int trigger, List<Participant> participants,
                     boolean background) {

    DatingRequest {
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(graphs, "graphs");
        participants = List.copyOf(participants);
    }

    /**
     * A request whose article's sections are read from its annotation and clean text, and whose
     * graphs are built when asked for.
     */
    DatingRequest(Article article, AnnotatedText text, int sentence, int trigger, List<Participant> participants,
                  boolean background) {
        this(ArticleSections.of(text, article.clean()), graphsOnDemand(text), article, text, sentence, trigger,
                participants, background);
    }

    /** Graphs built from the annotation when asked for, for callers without an article analysis. */
    static IntFunction<DependencyGraph> graphsOnDemand(AnnotatedText text) {
        return i -> new DependencyGraph(text.sentences().get(i));
    }

    /** The dependency graph of sentence {@code index}. */
    DependencyGraph graph(int index) {
        return graphs.apply(index);
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
