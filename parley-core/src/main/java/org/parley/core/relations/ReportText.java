package org.parley.core.relations;

import java.util.Objects;
import java.util.OptionalInt;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.Evidence;

/** A stored report with its annotation: what the relationship readers read. */
public record ReportText(Article article, AnnotatedText annotation) {
    public ReportText {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(annotation, "annotation");
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
