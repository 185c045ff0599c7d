package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of sentences around some time expressions, each given to a time tagger as a sentence of
 * its own: the tokens of an expression and up to {@link #CONTEXT} tokens on each side, within its
 * sentence; windows of one sentence that overlap are one part. Stateless.
 *
 * <p>Design decision: SUTime's cost grows with the tokens it reads (its TokensRegex rules try every
 * token as a start), while {@link CombinedTimexFinder} reads only its expressions that overlap one
 * of the first tagger's. SUTime's longest English patterns (a range with both ends written out, "from
 * Monday, March 3 to Friday, March 7") span about a dozen tokens, so a window of {@link #CONTEXT}
 * tokens on each side leaves an expression that overlaps the first tagger's as SUTime would read it
 * in the whole sentence, at a fraction of the tokens of a news sentence.
 */
final class TimexWindows {

    /** Tokens kept on each side of an expression. */
    static final int CONTEXT = 8;

    private TimexWindows() {
    }

    /** The windows around {@code found} in {@code sentences} (those overlapping none are left out), in text order. */
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
            int from = -1;
            int to = -1;
            for (int t = 0; t < tokens.size(); t++) {
                if (!overlapsAny(tokens.get(t), found)) {
                    continue;
                }
                int start = Math.max(0, t - context);
                if (from >= 0 && start > to) {
                    out.add(part(sentence, tokens, from, to));
                    from = -1;
                }
                if (from < 0) {
                    from = start;
                }
                to = Math.min(tokens.size() - 1, t + context);
            }
            if (from >= 0) {
                out.add(part(sentence, tokens, from, to));
            }
        }
        return out;
    }

    private static boolean overlapsAny(CoreLabel token, List<FoundTimex> found) {
        return overlapsAny(token.beginPosition(), token.endPosition(), found);
    }

    private static boolean overlapsAny(int begin, int end, List<FoundTimex> found) {
        for (FoundTimex f : found) {
            if (f.begin() < end && begin < f.end()) {
                return true;
            }
        }
        return false;
    }

    /** Tokens {@code from..to} (inclusive) of {@code sentence} as a sentence: its own tokens, text, offsets and index. */
    private static CoreMap part(CoreMap sentence, List<CoreLabel> tokens, int from, int to) {
        if (from == 0 && to == tokens.size() - 1) {
            return sentence;
        }
        // Only what a sentence of its own holds: not the annotations computed on the whole sentence
        // (SUTime reuses the numbers NER found in it, NumerizedTokensAnnotation, and would read them all).
        CoreMap part = new ArrayCoreMap();
        List<CoreLabel> kept = new ArrayList<>(tokens.subList(from, to + 1));
        int sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        String text = sentence.get(CoreAnnotations.TextAnnotation.class);
        int begin = kept.get(0).beginPosition();
        int end = kept.get(kept.size() - 1).endPosition();
        part.set(CoreAnnotations.TokensAnnotation.class, kept);
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        if (text != null) {
            part.set(CoreAnnotations.TextAnnotation.class, text.substring(begin - sentenceBegin, end - sentenceBegin));
        }
        Integer index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
        if (index != null) {
            part.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        }
        Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (tokenBegin != null) {
            part.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + from);
            part.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + to + 1);
        }
        return part;
    }
}
