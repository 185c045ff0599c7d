package org.parley.core.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the actors and agents named by a run of words, with the actor and agent dictionaries at a
 * date, as PETRARCH reads the words of a noun phrase: at each word the longest actor name, else
 * the longest agent phrase ({@code Gondor main opposition group} → GON with ~MOP). The first actor
 * named is the phrase's actor (several actors come from coordinated phrases). One code may
 * stand for several actors ({@code [ELR/GAL]}): each is kept. An actor dated out of existence at
 * the date ({@code ---}) names nobody.
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

    /** The actors and agents named by {@code tokens} (sentence positions in order). */
    NounCodes scan(SentenceWords sentence, List<Integer> tokens, LocalDate date) {
        List<String> words = tokens.stream().map(sentence::word).toList();
        List<String> actorCodes = new ArrayList<>();
        List<Agent> found = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Optional<PhraseIndex.Found<ActorEntry>> actor = actors.longestAt(words, i);
            Optional<String> code = actor.flatMap(a -> a.value().codeOn(date)).filter(c -> !c.equals(EventCode.NONE));
            if (code.isPresent() && actorCodes.isEmpty()) {
                ActorEntry.split(code.get()).stream().filter(c -> !actorCodes.contains(c)).forEach(actorCodes::add);
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
        return new NounCodes(actorCodes, found);
    }
}
