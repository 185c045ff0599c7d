package org.parley.core.coding;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agent phrases ({@code FOREIGN MINISTER}, {@code POLICE}, their plurals) → agent codes. Immutable
 * once built; thread-safe.
 */
public final class AgentDictionary {

    private final PhraseIndex<Agent> index = new PhraseIndex<>();

    public AgentDictionary(Map<List<String>, Agent> phrases) {
        phrases.forEach(index::add);
    }

    /** The agent whose phrase is the longest starting at {@code words[from]}. */
    public Optional<PhraseIndex.Found<Agent>> longestAt(List<String> words, int from) {
        return index.longestAt(words, from);
    }

    public int size() {
        return index.size();
    }
}
