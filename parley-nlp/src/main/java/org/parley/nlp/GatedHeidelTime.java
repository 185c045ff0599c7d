package org.parley.nlp;

import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.types.heideltime.Sentence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.uima.jcas.JCas;

/**
 * HeidelTime's annotator that runs a rule on a sentence only when the sentence holds one of the
 * literals every match of the rule contains ({@link RequiredLiterals}; one of each set): a month name, a unit, a
 * digit. Same results: a rule skipped could not have matched, and HeidelTime runs the remaining
 * rules in its own order (by rule name). One instance per thread, like HeidelTime's.
 *
 * <p>Design decision: HeidelTime tries each of its ~250 English rules with {@code Matcher.find} on
 * every sentence, and most rules match nowhere in a sentence; profiled on TempEval-3 dev, these
 * regex scans were 90% of HeidelTime's time. Looking the literals up among a sentence's short
 * substrings costs a few microseconds per rule.
 */
final class GatedHeidelTime extends HeidelTime {

    /** Per rule pattern (shared by every thread: HeidelTime's rules are loaded once). */
    private static final Map<Pattern, Optional<List<Set<String>>>> LITERALS = new ConcurrentHashMap<>();

    private String lastSentence;
    private Set<String> lastGrams;

    @Override
    public void findTimexes(String timexType, HashMap<Pattern, String> hmPattern, HashMap<String, String> hmOffset,
                            HashMap<String, String> hmNormalization, Sentence s, JCas jcas) {
        Set<String> grams = grams(s.getCoveredText());
        HashMap<Pattern, String> possible = new HashMap<>();
        for (Map.Entry<Pattern, String> rule : hmPattern.entrySet()) {
            if (mayMatch(rule.getKey(), grams)) {
                possible.put(rule.getKey(), rule.getValue());
            }
        }
        if (!possible.isEmpty()) {
            super.findTimexes(timexType, possible, hmOffset, hmNormalization, s, jcas);
        }
    }

    /** Whether {@code rule} can match a text whose lower-cased substrings up to the literals' length are {@code grams}. */
    static boolean mayMatch(Pattern rule, Set<String> grams) {
        Optional<List<Set<String>>> literals = LITERALS.computeIfAbsent(rule, RequiredLiterals::of);
        if (literals.isEmpty()) {
            return true;
        }
        // a plain loop: this runs for every rule on every cued sentence (a stream here was ~7% of the tagger)
        for (Set<String> set : literals.get()) {
            if (!containsAny(grams, set)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(Set<String> grams, Set<String> literals) {
        for (String literal : literals) {
            if (grams.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased substrings of {@code text} of 1 to {@link RequiredLiterals#MAX_LENGTH} characters. */
    static Set<String> gramsOf(String text) {
        String lower = RequiredLiterals.lowerCase(text);
        Set<String> grams = new HashSet<>(lower.length() * RequiredLiterals.MAX_LENGTH * 2);
        for (int i = 0; i < lower.length(); i++) {
            for (int n = 1; n <= RequiredLiterals.MAX_LENGTH && i + n <= lower.length(); n++) {
                grams.add(lower.substring(i, i + n));
            }
        }
        return grams;
    }

    /** The sentence's grams, kept for the next rule type (HeidelTime asks once per type and sentence). */
    private Set<String> grams(String sentence) {
        if (!sentence.equals(lastSentence)) {
            lastSentence = sentence;
            lastGrams = gramsOf(sentence);
        }
        return lastGrams;
    }
}
