package org.parley.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.parley.core.actors.ActorMention;
import org.parley.core.analysis.ArticleSections;
import org.parley.core.analysis.ArticleSections.Section;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.EntityMention;
import org.parley.model.Sentence;

/**
 * What the event passes know about one article while they read it: what they are given (the
 * article, its annotation, its {@link ArticleSections}, its sentences with their actor and entity
 * mentions) and what they add (the event drafts, which each pass replaces by a more complete
 * list). Drafts are kept in text order.
 *
 * <p>One instance per {@link EventExtractor#extract} call; not thread-safe.
 */
final class ArticleEvents {

    private final Article article;
    private final AnnotatedText text;
    private final List<ArticleSentence> sentences;
    private final ArticleSections sections;
    private List<EventDraft> drafts = List.of();

    ArticleEvents(Article article, AnnotatedText text, List<ActorMention> actors) {
        this.article = Objects.requireNonNull(article, "article");
        this.text = Objects.requireNonNull(text, "text");
        this.sections = ArticleSections.of(text, article.clean());
        Map<Integer, List<ActorMention>> actorsBySentence = new HashMap<>();
        actors.forEach(m -> actorsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
        Map<Integer, List<EntityMention>> entitiesBySentence = new HashMap<>();
        text.entities().forEach(e -> entitiesBySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e));
        List<ArticleSentence> read = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            read.add(new ArticleSentence(new DependencyGraph(s), sections.of(s.index()) == Section.CAPTION,
                    actorsBySentence.getOrDefault(s.index(), List.of()),
                    entitiesBySentence.getOrDefault(s.index(), List.of())));
        }
        this.sentences = List.copyOf(read);
    }

    Article article() {
        return article;
    }

    AnnotatedText text() {
        return text;
    }

    /** The clean text the sentence spans point into. */
    String clean() {
        return article.clean().text();
    }

    List<ArticleSentence> sentences() {
        return sentences;
    }

    ArticleSentence sentence(int index) {
        return sentences.get(index);
    }

    ArticleSections sections() {
        return sections;
    }

    /** The number of the section a sentence is in ({@link EventPass.Fact#SECTIONS}). */
    int section(int sentence) {
        return sections.number(sentence);
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
