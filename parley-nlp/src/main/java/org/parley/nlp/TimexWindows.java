package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of sentences around some time expressions, each given to a time tagger as a sentence
 * of its own: from {@link #BEFORE} tokens before an expression to {@link #CONTEXT} tokens after it,
 * expressions whose parts meet or overlap read as one part. Stateless.
 *
 * <p>Design decision: SUTime's cost grows with the tokens it reads (each of its TokensRegex rules tries
 * every token as a start), while {@link CombinedTimexFinder} reads only its expressions that overlap
 * one of the first tagger's. Before an expression, SUTime reads a tense next to it: its last rules
 * look at most four tokens away ("going to" or a past-tense verb, then up to two tokens) to decide
 * which way a bare weekday goes; after it, a date that continues it ("Friday, March 7"). Both fit
 * in {@link #BEFORE} and {@link #CONTEXT} tokens. Session 12 kept the left side whole because a cut
 * moved three weekday values on TempEval-3 dev, at a time when SUTime's answer for a sentence still
 * depended on the sentences it had read before; since that answer depends on its sentence alone
 * (session 13, {@link SuTimeFinder}), windows of 4 tokens on each side give every question the
 * answer whole sentence beginnings gave on TempEval-3 dev, the seeds, the demo and MEANTIME, with a
 * third of the tokens read (docs/nlp-performance.md, "The time tagger, session 14").
 */
final class TimexWindows {

    /** Tokens kept after the last expression of a part. */
    static final int CONTEXT = 4;
    /** Tokens kept before the first expression of a part. */
    static final int BEFORE = 4;

    private TimexWindows() {
    }

    /** The parts of sentences around {@code found} (sentences holding none are left out), in text order. */
    static List<CoreMap> around(List<CoreMap> sentences, List<FoundTimex> found, int before, int after) {
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
                if (!overlapsAny(tokens.get(t).beginPosition(), tokens.get(t).endPosition(), found)) {
                    continue;
                }
                int start = Math.max(0, t - before);
                if (from >= 0 && start > to + 1) {
                    out.add(part(sentence, tokens, from, to));
                    from = -1;
                }
                if (from < 0) {
                    from = start;
                }
                to = Math.min(tokens.size() - 1, t + after);
            }
            if (from >= 0) {
                out.add(part(sentence, tokens, from, to));
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
        int begin = from == 0 ? sentenceBegin : kept.get(0).beginPosition();
        int end = kept.get(kept.size() - 1).endPosition();
        part.set(CoreAnnotations.TokensAnnotation.class, kept);
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        String text = sentence.get(CoreAnnotations.TextAnnotation.class);
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
