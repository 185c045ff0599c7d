package org.parley.spark;

import java.io.Serializable;
import org.parley.core.extract.ArticleFindings;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;

/**
 * One article after the per-article stages, in the form that crosses Spark's shuffles: the
 * article as the store keeps it (status {@code STORED}, {@code SKIPPED_LANGUAGE} or
 * {@code FAILED}), its annotation and its findings as gzip-compressed JSON ({@link ModelJson}).
 *
 * @param id          the article id (hash of the clean text)
 * @param articleJson the {@link Article} as JSON
 * @param annotation  the {@link AnnotatedText} as gzipped JSON, or null when not annotated
 * @param findings    the {@link ArticleFindings} as gzipped JSON, or null when extraction did not run or failed
 * @param annotator   name of the annotator, or null
 * @param extractor   name and version of the events stage, or null
 * @param problem     why annotation or extraction failed, or null
 */
record ArticleResult(String id, String articleJson, byte[] annotation, byte[] findings, String annotator,
                     String extractor, Problem problem) implements Serializable {

    Article article() {
        return ModelJson.read(articleJson, Article.class);
    }

    AnnotatedText annotatedText() {
        return ModelJson.readGzip(annotation, AnnotatedText.class);
    }

    ArticleFindings articleFindings() {
        return ModelJson.readGzip(findings, ArticleFindings.class);
    }

    boolean hasFindings() {
        return annotation != null && findings != null;
    }
}
