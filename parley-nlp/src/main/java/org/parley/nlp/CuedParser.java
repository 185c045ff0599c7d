package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * CoreNLP's neural dependency parser ({@code depparse}'s model) run only on the sentences
 * {@link ParseCues} says may carry an event or a commitment; the other sentences keep no parse
 * (Parley reads them as parsed-empty). Reads the tokens with part of speech, lemma and entity tags;
 * gives each parsed sentence its UD basic dependencies ({@code BasicDependenciesAnnotation}), the
 * only graph Parley reads. Counts the sentences and tokens it parsed and skipped.
 *
 * <p>Thread-safe: CoreNLP's parser predicts for several threads at once (its annotator shares it
 * the same way); each call works on its own document; the counters are atomic.
 *
 * <p>Design decision: CoreNLP's {@code DependencyParseAnnotator} turns every parse into five graphs
 * (basic, collapsed, cc-processed, enhanced, enhanced++), about 40% of its time; this builds only the
 * basic one, with the same call and settings ({@code makeFromTree}, mode BASIC, no extra
 * dependencies), so a parsed sentence gets the very dependencies the annotator gives it.
 *
 * <p>Design decision: the parser keeps the hidden-layer products of the features it has not
 * precomputed in a least-recently-used cache of {@value #CACHED_FEATURES} entries instead of CoreNLP's
 * 5,000, which news text overflows: the products were recomputed for most rare words at every
 * transition (a cached product is the very array a recomputation gives, so parses do not change).
 * Raising {@code numPreComputed} instead was rejected: precomputed products are summed in double
 * precision, which changes scores in their last bits (docs/nlp-performance.md).
 */
final class CuedParser implements Annotator {

    private final DependencyParser parser;
    private final ParseCues cues;
    private final LongAdder sentencesParsed = new LongAdder();
    private final LongAdder sentencesSkipped = new LongAdder();
    private final LongAdder tokensParsed = new LongAdder();
    private final LongAdder tokensSkipped = new LongAdder();

    /** What was parsed and skipped so far. */
    record Counts(long sentencesParsed, long sentencesSkipped, long tokensParsed, long tokensSkipped) {
        /** The share of tokens not parsed, 0 when nothing was read. */
        double tokenShareSkipped() {
            long all = tokensParsed + tokensSkipped;
            return all == 0 ? 0 : (double) tokensSkipped / all;
        }
    }

    /**
     * Products cached: about 0.9 KB each (200 floats and the cache's node), so at most ~180 MB; the
     * 83 texts of the seeds and ECB+ filled about 150,000 (~1,800 per article; docs/nlp-performance.md).
     */
    static final int CACHED_FEATURES = 200_000;

    /** Loads the model {@code depparse} loads by default (slow: seconds), with a larger feature cache. */
    static CuedParser load(ParseCues cues) {
        Properties props = new Properties();
        props.setProperty("numCached", Integer.toString(CACHED_FEATURES));
        return new CuedParser(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props), cues);
    }

    CuedParser(DependencyParser parser, ParseCues cues) {
        this.parser = parser;
        this.cues = cues;
    }

    @Override
    public void annotate(Annotation document) {
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (cues.mayCarryEvent(tagged(tokens))) {
                GrammaticalStructure parse = parser.predict(sentence);
                sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                        SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.BASIC,
                                GrammaticalStructure.Extras.NONE, null));
                sentencesParsed.increment();
                tokensParsed.add(tokens.size());
            } else {
                sentencesSkipped.increment();
                tokensSkipped.add(tokens.size());
            }
        }
    }

    Counts counts() {
        return new Counts(sentencesParsed.sum(), sentencesSkipped.sum(), tokensParsed.sum(), tokensSkipped.sum());
    }

    void resetCounts() {
        sentencesParsed.reset();
        sentencesSkipped.reset();
        tokensParsed.reset();
        tokensSkipped.reset();
    }

    /** The tokens as Parley's cues read them: word, part of speech, lemma and entity type. */
    private static List<Token> tagged(List<CoreLabel> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            out.add(new Token(CoreNlpTags.word(t), new Span(t.beginPosition(), t.endPosition()),
                    CoreNlpTags.partOfSpeech(t.tag()), t.lemma(), CoreNlpTags.entityType(t.ner())));
        }
        return out;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class,
                CoreAnnotations.NamedEntityTagAnnotation.class);
    }
}
