package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Stanford CoreNLP as shipped, running the annotators Parley uses ({@value #ANNOTATORS}) with every
 * other property at its default: the three NER CRFs, the KBP fine-grained lists and SUTime on every
 * sentence inside NER. It is the reference the benchmarks compare Parley against; Parley itself
 * never calls it.
 *
 * <p>Thread safety: {@link #annotate} may be called from several threads at once; each call gets its
 * own {@code Annotation} and the annotators are shared, as in CoreNLP's own {@code -threads} mode.
 *
 * <p>CoreNLP keeps the annotators it builds in a global pool; {@link #close} empties that pool so
 * that the models (over a gigabyte with the fine-grained lists) can be collected.
 *
 * <p>Design decision: built from properties that name only the annotators, rather than through
 * {@link CoreNlpAnnotator}, so that nothing Parley configures (curated lists, SUTime on cued
 * sentences, one CRF) leaks into the reference.
 */
public final class StockCoreNlp implements AutoCloseable {

    /** The annotators of the reference run: the ones Parley's extraction reads. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private final StanfordCoreNLP pipeline;

    /** Loads the models (slow: a minute or more for the fine-grained lists). */
    public StockCoreNlp() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        this.pipeline = new StanfordCoreNLP(props, true);
    }

    /**
     * Annotates {@code text} and throws the result away.
     *
     * @return the number of tokens, so callers can report tokens per second
     */
    public int annotate(String text) {
        Objects.requireNonNull(text, "text");
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<?> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }

    /** Drops the models from CoreNLP's global annotator pool; this instance must not be used afterwards. */
    @Override
    public void close() {
        StanfordCoreNLP.clearAnnotatorPool();
    }
}
