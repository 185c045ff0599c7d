package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.TransposedClassifier;
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
 * <p>Design decision: the parser scores transitions with {@link TransposedClassifier} instead of
 * CoreNLP's own classifier: the same scores bit for bit (so the same parses), about half the CPU time
 * with one parser per JVM, and a bounded cache (docs/nlp-performance.md, "The transposed classifier",
 * with the caveat of a measurement that found no gain). CoreNLP's dot products add one term after
 * the other; the transposed one adds the same terms in the same order for all rows at once, looks
 * feature products up in flat arrays instead of boxed-key maps and a synchronized cache, and does not
 * score the configurations where arc-standard allows one transition (13% of them). It keeps
 * {@value #CACHED_FEATURES} products of features not precomputed at load (4 KB each: the model's hidden
 * layer has 1,000 units), then starts over. Raising {@code numPreComputed} instead was rejected:
 * precomputed products are summed in double precision, which changes scores in their last bits.
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

    /** A property the parser does not read: it only tells Parley's parser apart in CoreNLP's parser cache. */
    static final String OWN_PARSER = "parley.parser";

    /** Feature products cached: 4 KB each (1,000 floats), so at most ~200 MB; a news article adds ~1,800. */
    static final int CACHED_FEATURES = 50_000;

    /**
     * The model's features (token × position) whose products are computed at load: the 20,000 CoreNLP
     * precomputes. Pinning all 99,990 was measured (session 14): on the bench's 120 articles the products
     * computed while parsing fall from 287 to 147 per article, but it costs ~3.5 s of CPU at load and
     * ~300 MB of heap per JVM (each Spark executor too), and on a long run the cache above comes to hold
     * the frequent products anyway, so it mostly moves work from the first articles to load time: not
     * taken (docs/nlp-performance.md, "Session 14: the model's whole feature list at load").
     */
    static final int PINNED_FEATURES = 20_000;

    /** Loads the model {@code depparse} loads by default (slow: seconds), scored by the transposed classifier. */
    static CuedParser load(ParseCues cues) {
        // CoreNLP hands out one parser per model and properties (DependencyParserCache); a property of
        // Parley's own (ignored by the parser) keeps the parser changed here from a stock depparse annotator
        Properties props = new Properties();
        props.setProperty(OWN_PARSER, "transposed");
        DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props);
        TransposedClassifier.install(parser, CACHED_FEATURES, PINNED_FEATURES);
        return new CuedParser(parser, cues);
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
