package org.parley.core.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.parley.core.ports.ArticleStore;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.Evidence;

/** A stored report with its annotation: what the relationship readers read. */
public record ReportText(Article article, AnnotatedText annotation) {
    public ReportText {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(annotation, "annotation");
    }

    /** The annotated articles of {@code store} with their annotation, in ingest order, those {@code keep} accepts. */
    public static List<ReportText> storedIn(ArticleStore store, Predicate<ReportText> keep) {
        List<ReportText> out = new ArrayList<>();
        store.forEachArticle(article -> store.annotation(article.id()).map(text -> new ReportText(article, text))
                .filter(keep).ifPresent(out::add));
        return out;
    }

    public int sentenceCount() {
        return annotation.sentences().size();
    }

    /** Sentence {@code index} as written. */
    public String sentence(int index) {
        return annotation.sentences().get(index).text(article.clean().text());
    }

    /** Sentence {@code index} as evidence for a finding. */
    public Evidence evidence(int index) {
        return new Evidence(article.id(), article.doc(), index, annotation.sentences().get(index).span(), sentence(index));
    }

    /** The publication year, when the report is dated. */
    public OptionalInt year() {
        return article.published().localDate().map(d -> OptionalInt.of(d.getYear())).orElse(OptionalInt.empty());
    }
}
