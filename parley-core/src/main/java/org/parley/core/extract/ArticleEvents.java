package org.parley.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.parley.core.actors.ActorMention;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.core.analysis.ArticleSections;
import org.parley.core.analysis.ArticleSections.Section;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.EntityMention;

/**
 * What the event passes know about one article while they read it: what they are given (the
 * article's {@link ArticleAnalysis}: annotation, {@link ArticleSections}, graphs, predicates; its
 * sentences with their actor and entity mentions) and what they add (the event drafts, which each
 * pass replaces by a more complete list). Drafts are kept in text order.
 *
 * <p>One instance per {@link EventExtractor#extract} call; not thread-safe.
 */
final class ArticleEvents {

    private final ArticleAnalysis analysis;
    private final List<ArticleSentence> sentences;
    private List<EventDraft> drafts = List.of();

    ArticleEvents(ArticleAnalysis analysis, List<ActorMention> actors) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        Map<Integer, List<ActorMention>> actorsBySentence = new HashMap<>();
        actors.forEach(m -> actorsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
        Map<Integer, List<EntityMention>> entitiesBySentence = new HashMap<>();
        analysis.text().entities().forEach(e -> entitiesBySentence.computeIfAbsent(e.sentence(),
                k -> new ArrayList<>()).add(e));
        List<ArticleSentence> read = new ArrayList<>();
        for (int s = 0; s < analysis.sentenceCount(); s++) {
            DependencyGraph graph = analysis.graph(s);
            int index = graph.sentence().index();
            read.add(new ArticleSentence(graph, analysis.sections().of(index) == Section.CAPTION,
                    actorsBySentence.getOrDefault(index, List.of()), entitiesBySentence.getOrDefault(index, List.of())));
        }
        this.sentences = List.copyOf(read);
    }

    /** The article's analysis: sections, graphs, predicates (given). */
    ArticleAnalysis analysis() {
        return analysis;
    }

    Article article() {
        return analysis.article();
    }

    AnnotatedText text() {
        return analysis.text();
    }

    /** The clean text the sentence spans point into. */
    String clean() {
        return analysis.clean();
    }

    List<ArticleSentence> sentences() {
        return sentences;
    }

    ArticleSentence sentence(int index) {
        return sentences.get(index);
    }

    ArticleSections sections() {
        return analysis.sections();
    }

    /** The number of the section a sentence is in ({@link EventPass.Fact#SECTIONS}). */
    int section(int sentence) {
        return analysis.sections().number(sentence);
    }

    List<EventDraft> drafts() {
        return drafts;
    }

    void setDrafts(List<EventDraft> next) {
        this.drafts = List.copyOf(next);
    }

    /** Replaces every draft by what {@code step} makes of it, dropping those it gives nothing for. */
    void revise(Function<EventDraft, Optional<EventDraft>> step) {
        List<EventDraft> next = new ArrayList<>();
        for (EventDraft d : drafts) {
            step.apply(d).ifPresent(next::add);
        }
        this.drafts = List.copyOf(next);
    }
}
