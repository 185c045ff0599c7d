package org.parley.core.coding;

import java.util.List;
import java.util.Optional;

/**
 * Actor names → actors with dated codes, read from one or more PETRARCH actor dictionaries; the
 * longest name starting at a word wins. Immutable once built; thread-safe.
 */
public final class ActorDictionary {

    private final List<ActorEntry> entries;
    private final PhraseIndex<ActorEntry> index = new PhraseIndex<>();

    public ActorDictionary(List<ActorEntry> entries) {
        this.entries = List.copyOf(entries);
        // the first dictionary naming a phrase keeps it, as when PETRARCH reads its actor files in order
        this.entries.forEach(e -> e.names().forEach(n -> index.add(n, e)));
    }

    public List<ActorEntry> entries() {
        return entries;
    }

    /** The actor whose name is the longest phrase starting at {@code words[from]} (upper-case words). */
    public Optional<PhraseIndex.Found<ActorEntry>> longestAt(List<String> words, int from) {
        return index.longestAt(words, from);
    }

    /** This dictionary followed by {@code other} (names here win). */
    public ActorDictionary plus(ActorDictionary other) {
        return new ActorDictionary(java.util.stream.Stream.concat(entries.stream(), other.entries.stream()).toList());
    }
}
