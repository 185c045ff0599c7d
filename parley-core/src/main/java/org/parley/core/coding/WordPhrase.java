package org.parley.core.coding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A dictionary phrase as the words it matches: {@code GAZA_CITY}, {@code PRESIDENT HOSNI MURBARAK}
 * and {@code ARNOR_} become upper-case words ({@code [GAZA, CITY]}); underscores and spaces both
 * separate words, and a trailing underscore (TABARI's "whole word only") is dropped because
 * Parley always matches whole words.
 */
final class WordPhrase {

    private WordPhrase() {
    }

    /** The words of {@code phrase}, upper-cased; empty when it has none. */
    static List<String> words(String phrase) {
        String cleaned = phrase.replace('_', ' ').strip().toUpperCase(Locale.ROOT);
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split("\\s+"));
    }

    /** The words as a key for exact lookups ({@code "GAZA CITY"}). */
    static String key(List<String> words) {
        return String.join(" ", words);
    }
}
