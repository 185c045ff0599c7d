package org.parley.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.Sentence;

/**
 * What every extraction stage reads of one article, built once: the article, its annotation, its
 * {@link ArticleSections} (captions marked from its clean text; the dateline and the lead), one {@link DependencyGraph} per
 * sentence and the {@link Predicate}s of each sentence with their modality cues. The findings stage
 * builds it ({@code extract.ParleyFindingsExtractor}) and hands the same instance to actors, events,
 * commitments and the dater, so none of them recomputes a part or reads it differently.
 *
 * <p>Sentences are addressed by their position in {@link AnnotatedText#sentences()}, tokens by their
 * position in the sentence. Immutable and thread-safe.
 */
public final class ArticleAnalysis {

    private final Article article;
    private final AnnotatedText text;
    private final ArticleSections sections;
    private final List<DependencyGraph> graphs;
    private final List<List<Predicate>> predicates;

    private ArticleAnalysis(Article article, AnnotatedText text) {
        this.article = Objects.requireNonNull(article, "article");
        this.text = Objects.requireNonNull(text, "text");
        this.sections = ArticleSections.of(text, article.clean());
        List<DependencyGraph> parsed = new ArrayList<>();
        List<List<Predicate>> read = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            DependencyGraph graph = new DependencyGraph(s);
            parsed.add(graph);
            read.add(PredicateReader.read(graph));
        }
        this.graphs = List.copyOf(parsed);
        this.predicates = List.copyOf(read);
    }

    /** The analysis of an annotated article. */
    public static ArticleAnalysis of(Article article, AnnotatedText text) {
        return new ArticleAnalysis(article, text);
    }

    public Article article() {
        return article;
    }

    public AnnotatedText text() {
        return text;
    }

    /** The clean text the sentence spans point into. */
    public String clean() {
        return article.clean().text();
    }

    public ArticleSections sections() {
        return sections;
    }

    public int sentenceCount() {
        return graphs.size();
    }

    /** The dependency graph of sentence {@code s}. */
    public DependencyGraph graph(int s) {
        return graphs.get(s);
    }

    /** The predicates of sentence {@code s}, one per token, in token order. */
    public List<Predicate> predicates(int s) {
        return predicates.get(s);
    }

    /** The predicate of token {@code token} of sentence {@code s}. */
    public Predicate predicate(int s, int token) {
        return predicates.get(s).get(token);
    }
}
