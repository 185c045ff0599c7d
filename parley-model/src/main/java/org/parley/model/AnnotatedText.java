package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * What NLP annotation found in an article's clean text: sentences, tokens, parses, entity mentions
 * and normalized time expressions. Computed once per article and stored, so later stages re-run
 * without re-annotating.
 *
 * @param annotator  which annotator and configuration produced it (so stale annotations can be recognised)
 * @param sentences  the sentences in order
 * @param entities   named-entity mentions, in text order
 * @param times      time expressions, in text order
 */
public record AnnotatedText(String annotator, List<Sentence> sentences, List<EntityMention> entities,
                            List<TimeExpression> times) {
    public AnnotatedText {
        Objects.requireNonNull(annotator, "annotator");
        sentences = Lists.frozen(sentences);
        entities = Lists.frozen(entities);
        times = Lists.frozen(times);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
