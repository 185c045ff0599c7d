package org.parley.core.coding;

import java.util.List;
import java.util.Optional;

/**
 * Finds the dictionary verb a token is: by its word, else its lemma ({@code met} → MEET); a
 * multi-word verb only when its other words stand right beside it ({@code cordoned off},
 * {@code wire tapped}).
 */
final class VerbLookup {

    private VerbLookup() {
    }

    static Optional<VerbDictionary.Verb> find(VerbDictionary dictionary, SentenceWords words, int v) {
        Optional<VerbDictionary.Verb> byWord = fitting(dictionary.verbs(words.word(v)), words, v);
        return byWord.isPresent() ? byWord : fitting(dictionary.verbs(words.lemma(v)), words, v);
    }

    private static Optional<VerbDictionary.Verb> fitting(List<VerbDictionary.Verb> candidates, SentenceWords words, int v) {
        for (VerbDictionary.Verb candidate : candidates) {
            if (fits(candidate.form(), words, v)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean fits(VerbForm form, SentenceWords words, int v) {
        List<String> before = form.before();
        List<String> after = form.after();
        if (v - before.size() < 0 || v + after.size() >= words.words().size()) {
            return false;
        }
        for (int k = 0; k < before.size(); k++) {
            if (!words.matches(v - before.size() + k, before.get(k))) {
                return false;
            }
        }
        for (int k = 0; k < after.size(); k++) {
            if (!words.matches(v + 1 + k, after.get(k))) {
                return false;
            }
        }
        return true;
    }
}
