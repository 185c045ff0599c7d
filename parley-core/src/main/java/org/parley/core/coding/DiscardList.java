package org.parley.core.coding;

import java.util.List;

/**
 * Phrases whose presence means a sentence is not coded (sports, entertainment...): PETRARCH's
 * discard list. A {@code +} phrase discards the whole story in PETRARCH; coding one sentence at a
 * time, Parley discards the sentence either way. Immutable; thread-safe.
 */
public final class DiscardList {

    private final PhraseIndex<String> index = new PhraseIndex<>();

    /** @param phrases the phrases, as upper-case words */
    public DiscardList(List<List<String>> phrases) {
        phrases.forEach(p -> index.add(p, WordPhrase.key(p)));
    }

    /** The first discard phrase in {@code words} (upper-case), if any. */
    public java.util.Optional<String> firstIn(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            var found = index.longestAt(words, i);
            if (found.isPresent()) {
                return found.map(PhraseIndex.Found::value);
            }
        }
        return java.util.Optional.empty();
    }

    public int size() {
        return index.size();
    }

    /** Reads a discard file: one phrase a line, an optional leading {@code +}. */
    public static DiscardList read(java.nio.file.Path file) {
        return of(DictionaryLines.read(file));
    }

    /** Reads a discard list from {@code reader} (a bundled resource). */
    public static DiscardList read(java.io.Reader reader) throws java.io.IOException {
        return of(DictionaryLines.read(reader));
    }

    private static DiscardList of(List<DictionaryLines.Line> lines) {
        return new DiscardList(lines.stream()
                .map(l -> l.text().strip())
                .map(t -> t.startsWith("+") ? t.substring(1) : t)
                .map(WordPhrase::words)
                .filter(w -> !w.isEmpty())
                .toList());
    }
}
