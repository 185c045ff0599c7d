package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * CoreNLP's dependency parser run only on the sentences {@link ParseCues} says may carry an event
 * or a commitment; the other sentences keep no parse (Parley reads them as parsed-empty). Reads the
 * tokens with part of speech, lemma and entity tags; gives the parsed sentences CoreNLP's usual
 * dependency annotations. Counts the sentences and tokens it parsed and skipped.
 *
 * <p>Thread-safe when the wrapped parser is (CoreNLP's is): each call parses its own document's
 * sentences; the counters are atomic.
 *
 * <p>Design decision: the chosen sentences are handed to the parser as a document of their own, so
 * the parser's per-sentence work is CoreNLP's unchanged and a parsed sentence gets the very parse it
 * gets in a full run.
 */
final class CuedParser implements Annotator {

    private final Annotator parser;
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

    CuedParser(Annotator parser, ParseCues cues) {
        this.parser = parser;
        this.cues = cues;
    }

    @Override
    public void annotate(Annotation document) {
        List<CoreMap> chosen = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (cues.mayCarryEvent(tagged(tokens))) {
                chosen.add(sentence);
                sentencesParsed.increment();
                tokensParsed.add(tokens.size());
            } else {
                sentencesSkipped.increment();
                tokensSkipped.add(tokens.size());
            }
        }
        if (!chosen.isEmpty()) {
            Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
            part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
            parser.annotate(part);
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
        return parser.requirementsSatisfied();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return parser.requires();
    }
}
