package org.parley.core.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a family's patterns around one verb. Each side is a list of token positions, nearest the
 * verb first: after the verb, the verb's own subtree to its right; before it, the words to its left.
 * Elements match in order, other words may come between them unless an element is
 * {@code adjacent}; a word matches a token's word or lemma; a slot matches a noun. A phrase of
 * several words (a synset's "DID N'T") reads in sentence order on both sides, so before the verb
 * it is matched backwards along the nearest-first positions. The pattern matching the most words
 * wins, the earlier in the file on a tie.
 *
 * <p>Stateless apart from the dictionary; thread-safe.
 */
final class PatternMatcher {

    /** A pattern that matched, with the token each slot landed on. */
    record Match(VerbPattern pattern, int words, Map<PatternElement.Role, Integer> slots) {
    }

    private final VerbDictionary dictionary;

    PatternMatcher(VerbDictionary dictionary) {
        this.dictionary = dictionary;
    }

    Optional<Match> best(VerbFamily family, SentenceWords sentence, List<Integer> before, List<Integer> after) {
        Match best = null;
        for (VerbPattern p : family.patterns()) {
            Map<PatternElement.Role, Integer> slots = new HashMap<>();
            int left = matchSide(p.before(), sentence, before, true, slots);
            int right = left < 0 ? -1 : matchSide(p.after(), sentence, after, false, slots);
            if (right >= 0 && (best == null || left + right > best.words())) {
                best = new Match(p, left + right, Map.copyOf(slots));
            }
        }
        return Optional.ofNullable(best);
    }

    /** The number of words matched, or -1 when the side does not match. */
    private int matchSide(List<PatternElement> elements, SentenceWords sentence, List<Integer> positions,
                          boolean leftward, Map<PatternElement.Role, Integer> slots) {
        int at = 0;
        int matched = 0;
        for (PatternElement e : elements) {
            int found = -1;
            int length = 0;
            for (int k = at; k < positions.size(); k++) {
                length = length(e, sentence, positions, k, leftward);
                if (length > 0) {
                    found = k;
                    break;
                }
                if (e.adjacent()) {
                    break; // an element tied by '_' may not skip words
                }
            }
            if (found < 0) {
                return -1;
            }
            if (e instanceof PatternElement.Slot slot) {
                slots.put(slot.role(), positions.get(found));
                matched += 1;
            } else {
                matched += length;
            }
            at = found + length;
        }
        return matched;
    }

    /** How many positions element {@code e} covers starting at {@code positions[k]}, 0 when it does not match there. */
    private int length(PatternElement e, SentenceWords sentence, List<Integer> positions, int k, boolean leftward) {
        if (e instanceof PatternElement.Slot) {
            return sentence.isNounLike(positions.get(k)) ? 1 : 0;
        }
        List<List<String>> phrases = e instanceof PatternElement.Words w ? List.of(w.words())
                : dictionary.synset(((PatternElement.Synset) e).name());
        int best = 0;
        for (List<String> phrase : phrases) {
            if (phraseAt(leftward ? backwards(phrase) : phrase, sentence, positions, k)) {
                best = Math.max(best, phrase.size());
            }
        }
        return best;
    }

    private static boolean phraseAt(List<String> phrase, SentenceWords sentence, List<Integer> positions, int k) {
        if (k + phrase.size() > positions.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            if (!sentence.matches(positions.get(k + j), phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> backwards(List<String> phrase) {
        List<String> out = new ArrayList<>(phrase);
        Collections.reverse(out);
        return out;
    }
}
