package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The beginnings of sentences up to some time expressions, each given to a time tagger as a
 * sentence of its own: from the sentence's first token to {@link #CONTEXT} tokens after the last
 * expression it holds. Stateless.
 *
 * <p>Design decision: SUTime's cost grows with the tokens it reads (its TokensRegex rules try every
 * token as a start), while {@link CombinedTimexFinder} reads only its expressions that overlap one
 * of the first tagger's. What comes before an expression is kept whole: SUTime's value for a
 * relative expression depends on what precedes it in the sentence (which way a bare weekday goes),
 * and a window cut on the left moved three weekday values on TempEval-3 dev. After the expression, a
 * range or a time of day that continues it ("Friday, March 7", "to Monday at 10 a.m.") fits in
 * {@link #CONTEXT} tokens.
 */
final class TimexWindows {

    /** Tokens kept after the last expression of a sentence. */
    static final int CONTEXT = 8;

    private TimexWindows() {
    }

    /** The sentence beginnings holding {@code found} (sentences holding none are left out), in text order. */
    static List<CoreMap> around(List<CoreMap> sentences, List<FoundTimex> found, int context) {
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens == null || tokens.isEmpty()) {
                if (overlapsAny(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), found)) {
                    out.add(sentence);
                }
                continue;
            }
            int last = -1;
            for (int t = 0; t < tokens.size(); t++) {
                if (overlapsAny(tokens.get(t).beginPosition(), tokens.get(t).endPosition(), found)) {
                    last = t;
                }
            }
            if (last >= 0) {
                out.add(beginning(sentence, tokens, Math.min(tokens.size() - 1, last + context)));
            }
        }
        return out;
    }

    private static boolean overlapsAny(int begin, int end, List<FoundTimex> found) {
        for (FoundTimex f : found) {
            if (f.begin() < end && begin < f.end()) {
                return true;
            }
        }
        return false;
    }

    /** Tokens {@code 0..to} (inclusive) of {@code sentence} as a sentence: its own tokens, text, offsets and index. */
    private static CoreMap beginning(CoreMap sentence, List<CoreLabel> tokens, int to) {
        if (to == tokens.size() - 1) {
            return sentence;
        }
        // Only what a sentence of its own holds: not the annotations computed on the whole sentence
        // (SUTime reuses the numbers NER found in it, NumerizedTokensAnnotation, and would read them all).
        CoreMap part = new ArrayCoreMap();
        List<CoreLabel> kept = new ArrayList<>(tokens.subList(0, to + 1));
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = kept.get(kept.size() - 1).endPosition();
        part.set(CoreAnnotations.TokensAnnotation.class, kept);
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        String text = sentence.get(CoreAnnotations.TextAnnotation.class);
        if (text != null) {
            part.set(CoreAnnotations.TextAnnotation.class, text.substring(0, end - begin));
        }
        Integer index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
        if (index != null) {
            part.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        }
        Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (tokenBegin != null) {
            part.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
            part.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + to + 1);
        }
        return part;
    }
}
