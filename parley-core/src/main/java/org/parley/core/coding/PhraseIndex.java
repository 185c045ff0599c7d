package org.parley.core.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Word sequences → values, answering "the longest phrase that starts here": the lookup shared by
 * actors, agents and discards. Built once, then read-only.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {

    /** A phrase found: the value and how many words it covered. */
    record Found<T>(T value, int length) {
    }

    private final Map<String, List<Map.Entry<List<String>, T>>> byFirstWord = new HashMap<>();

    /** Adds {@code words} → {@code value}; a phrase added twice keeps its first value. */
    void add(List<String> words, T value) {
        if (words.isEmpty()) {
            return;
        }
        List<Map.Entry<List<String>, T>> bucket = byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>());
        if (bucket.stream().noneMatch(e -> e.getKey().equals(words))) {
            bucket.add(Map.entry(List.copyOf(words), value));
        }
    }

    /** The longest phrase equal to {@code words[from...]}, each word compared upper-case. */
    Optional<Found<T>> longestAt(List<String> words, int from) {
        if (from >= words.size()) {
            return Optional.empty();
        }
        Found<T> best = null;
        for (Map.Entry<List<String>, T> e : byFirstWord.getOrDefault(words.get(from), List.of())) {
            List<String> phrase = e.getKey();
            if (from + phrase.size() <= words.size() && phrase.equals(words.subList(from, from + phrase.size()))
                    && (best == null || phrase.size() > best.length())) {
                best = new Found<>(e.getValue(), phrase.size());
            }
        }
        return Optional.ofNullable(best);
    }

    int size() {
        return byFirstWord.values().stream().mapToInt(List::size).sum();
    }
}
