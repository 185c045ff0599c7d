package org.parley.core.extract.commitments;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.parley.core.actors.ActorMention;
import org.parley.core.analysis.ArticleSections;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.Commitment;
import org.parley.model.Sentence;

/**
 * What has been read of one article so far: the caller's input and what each pass added (empty
 * until its pass ran). Immutable; a pass returns a copy with its part set.
 *
 * @param article     the article (its clean text and id)
 * @param text        its annotation
 * @param sections    the part of the article each sentence is (given)
 * @param actors      its resolved actor mentions, any order
 * @param body        {@link Fact#BODY_SENTENCES}
 * @param amounts     {@link Fact#AMOUNTS}, by sentence index
 * @param drafts      {@link Fact#DRAFTS}, then {@link Fact#MERGED_DRAFTS}
 * @param commitments {@link Fact#COMMITMENTS}
 */
record CommitmentReading(Article article, AnnotatedText text, ArticleSections sections, List<ActorMention> actors,
                         List<Sentence> body, Map<Integer, List<Amount>> amounts, List<Draft> drafts,
                         List<Commitment> commitments) {

    CommitmentReading {
        actors = List.copyOf(actors);
        body = List.copyOf(body);
        amounts = Map.copyOf(amounts);
        drafts = List.copyOf(drafts);
        commitments = List.copyOf(commitments);
    }

    /** The caller's input, nothing read yet. */
    static CommitmentReading start(Article article, AnnotatedText text, List<ActorMention> actors) {
        return new CommitmentReading(article, text, ArticleSections.of(text, article.clean()), actors, List.of(),
                Map.of(), List.of(), List.of());
    }

    String clean() {
        return article.clean().text();
    }

    /** The actor mentions of sentence {@code index}, in text order. */
    List<ActorMention> actorsIn(int index) {
        return actors.stream().filter(m -> m.sentence() == index)
                .sorted(Comparator.comparingInt(ActorMention::beginToken)).toList();
    }

    CommitmentReading withBody(List<Sentence> sentences) {
        return new CommitmentReading(article, text, sections, actors, sentences, amounts, drafts, commitments);
    }

    CommitmentReading withAmounts(Map<Integer, List<Amount>> found) {
        return new CommitmentReading(article, text, sections, actors, body, found, drafts, commitments);
    }

    CommitmentReading withDrafts(List<Draft> read) {
        return new CommitmentReading(article, text, sections, actors, body, amounts, read, commitments);
    }

    CommitmentReading withCommitments(List<Commitment> made) {
        return new CommitmentReading(article, text, sections, actors, body, amounts, drafts, made);
    }
}
