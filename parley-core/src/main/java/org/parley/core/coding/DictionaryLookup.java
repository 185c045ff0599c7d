package org.parley.core.coding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The actor and agent phrases of a set of {@link CodingDictionaries}, looked up from outside this
 * package (the actor passes ground names and agents with them): the longest phrase starting at a
 * word, and how many words it covers. Words are compared upper-case, as the dictionaries write them.
 * Immutable and thread-safe.
 */
public final class DictionaryLookup {

    /** An actor entry whose name covers {@code length} words. */
    public record ActorMatch(ActorEntry entry, int length) {
    }

    /** An agent whose phrase covers {@code length} words. */
    public record AgentMatch(Agent agent, int length) {
    }

    private final CodingDictionaries dictionaries;

    public DictionaryLookup(CodingDictionaries dictionaries) {
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    }

    /** The actor whose name is the longest phrase starting at {@code upperWords[from]}. */
    public Optional<ActorMatch> actorAt(List<String> upperWords, int from) {
        return dictionaries.actors().longestAt(upperWords, from).map(f -> new ActorMatch(f.value(), f.length()));
    }

    /** The agent whose phrase is the longest starting at {@code upperWords[from]}. */
    public Optional<AgentMatch> agentAt(List<String> upperWords, int from) {
        return dictionaries.agents().longestAt(upperWords, from).map(f -> new AgentMatch(f.value(), f.length()));
    }
}
