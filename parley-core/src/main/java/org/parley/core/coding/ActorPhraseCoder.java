package org.parley.core.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Codes one noun phrase with the actor and agent dictionaries at a date: the first actor named in
 * it ({@code Gondor} → GON), with every agent named in it added ({@code Gondor's main opposition
 * group} → GONMOP; {@code MSF Arnor diplomat} → NGOARNGOV). An agent without an actor keeps
 * PETRARCH's unknown actor {@code ---} ({@code a senior official} → ---GOV). One code may stand
 * for several actors ({@code [ELR/GAL]}): each is returned.
 *
 * <p>Thread-safe.
 */
final class ActorPhraseCoder {

    private final ActorDictionary actors;
    private final AgentDictionary agents;

    ActorPhraseCoder(ActorDictionary actors, AgentDictionary agents) {
        this.actors = actors;
        this.agents = agents;
    }

    /** The codes of the phrase made of {@code tokens} (sentence positions in order), empty when it names no actor or agent. */
    List<String> code(SentenceWords sentence, List<Integer> tokens, LocalDate date) {
        List<String> words = tokens.stream().map(sentence::word).toList();
        List<String> actorCodes = null;
        List<Agent> found = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Optional<PhraseIndex.Found<ActorEntry>> actor = actors.longestAt(words, i);
            Optional<String> code = actor.flatMap(a -> a.value().codeOn(date)).filter(c -> !c.equals(EventCode.NONE));
            if (actorCodes == null && code.isPresent()) {
                actorCodes = ActorEntry.split(code.get());
                i += actor.get().length();
                continue;
            }
            Optional<PhraseIndex.Found<Agent>> agent = agents.longestAt(words, i);
            if (agent.isPresent()) {
                found.add(agent.get().value());
                i += agent.get().length();
                continue;
            }
            i += actor.map(PhraseIndex.Found::length).orElse(1);
        }
        if (actorCodes == null && found.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String actor : actorCodes == null ? List.of(EventCode.NONE) : actorCodes) {
            String coded = actor;
            for (Agent a : found) {
                coded = a.applyTo(coded);
            }
            out.add(coded);
        }
        return out;
    }
}
