package org.parley.core.extract.commitments;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.core.actors.ActorMention;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.core.analysis.ArticleSections;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.Commitment;
import org.parley.model.Sentence;

/**
 * What has been read of one article so far: the caller's input and what each pass added (empty
 * until its pass ran). Immutable; a pass returns a copy with its part set.
 *
 * @param analysis    the article's analysis: its clean text and id, annotation, sections, graphs and
 *                    predicates (given)
 * @param actors      its resolved actor mentions, any order
 * @param body        {@link Fact#BODY_SENTENCES}
 * @param amounts     {@link Fact#AMOUNTS}, by sentence index
 * @param drafts      {@link Fact#DRAFTS}, then {@link Fact#MERGED_DRAFTS}
 * @param commitments {@link Fact#COMMITMENTS}
 */
record CommitmentReading(ArticleAnalysis analysis, List<ActorMention> actors,
                         List<Sentence> body, Map<Integer, List<Amount>> amounts, List<Draft> drafts,
                         List<Commitment> commitments) {

    CommitmentReading {
        Objects.requireNonNull(analysis, "analysis");
        actors = List.copyOf(actors);
        body = List.copyOf(body);
        amounts = Map.copyOf(amounts);
        drafts = List.copyOf(drafts);
        commitments = List.copyOf(commitments);
    }

    /** The caller's input, nothing read yet. */
    static CommitmentReading start(ArticleAnalysis analysis, List<ActorMention> actors) {
        return new CommitmentReading(analysis, actors, List.of(), Map.of(), List.of(), List.of());
    }

    Article article() {
        return analysis.article();
    }

    AnnotatedText text() {
        return analysis.text();
    }

    ArticleSections sections() {
        return analysis.sections();
    }

    String clean() {
        return analysis.clean();
    }

    /** The actor mentions of sentence {@code index}, in text order. */
    List<ActorMention> actorsIn(int index) {
        return actors.stream().filter(m -> m.sentence() == index)
                .sorted(Comparator.comparingInt(ActorMention::beginToken)).toList();
    }

    CommitmentReading withBody(List<Sentence> sentences) {
        return new CommitmentReading(analysis, actors, sentences, amounts, drafts, commitments);
    }

    CommitmentReading withAmounts(Map<Integer, List<Amount>> found) {
        return new CommitmentReading(analysis, actors, body, found, drafts, commitments);
    }

    CommitmentReading withDrafts(List<Draft> read) {
        return new CommitmentReading(analysis, actors, body, amounts, read, commitments);
    }

    CommitmentReading withCommitments(List<Commitment> made) {
        return new CommitmentReading(analysis, actors, body, amounts, drafts, made);
    }
}
