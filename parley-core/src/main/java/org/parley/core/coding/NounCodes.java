package org.parley.core.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * What a noun phrase names: its actor codes ({@code GON}, several for "A and B") and the agents
 * that qualify them ({@code ~GOV}), kept apart until {@link #codes()} joins them as PETRARCH's
 * {@code mix_codes} does: every agent added to every actor, an agent alone on the unknown actor
 * {@code ---}.
 *
 * @param actors actor codes, possibly already carrying agents
 * @param agents agents not yet joined to an actor
 */
record NounCodes(List<String> actors, List<Agent> agents) {

    static final NounCodes NONE = new NounCodes(List.of(), List.of());

    NounCodes {
        actors = List.copyOf(actors);
        agents = List.copyOf(agents);
    }

    boolean isEmpty() {
        return actors.isEmpty() && agents.isEmpty();
    }

    boolean hasActor() {
        return !actors.isEmpty();
    }

    /** The codes of the phrase: each actor with every agent added; the agents on {@code ---} when no actor is named. */
    List<String> codes() {
        if (isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String actor : actors.isEmpty() ? List.of(EventCode.NONE) : actors) {
            String coded = actor;
            for (Agent a : agents) {
                coded = a.applyTo(coded);
            }
            if (!out.contains(coded)) {
                out.add(coded);
            }
        }
        return out;
    }

    /**
     * This phrase as a part of a larger one: once its agents are joined to its actors, the codes are
     * actors; a phrase naming agents only stays agents (PETRARCH's {@code resolve_codes} on
     * mixed codes).
     */
    NounCodes asPart() {
        return hasActor() ? new NounCodes(codes(), List.of()) : this;
    }

    /** {@code this} followed by {@code other}. */
    NounCodes plus(NounCodes other) {
        List<String> a = new ArrayList<>(actors);
        other.actors.stream().filter(x -> !a.contains(x)).forEach(a::add);
        List<Agent> g = new ArrayList<>(agents);
        other.agents.stream().filter(x -> !g.contains(x)).forEach(g::add);
        return new NounCodes(a, g);
    }

    /**
     * PETRARCH's preference among the sources of a phrase's codes: actors from the first source
     * naming any, agents likewise, each independently ("Gondor's ministers": actor from the
     * possessive, agent from the head word).
     */
    static NounCodes firstOf(List<NounCodes> byPreference) {
        List<String> actors = byPreference.stream().map(NounCodes::actors).filter(l -> !l.isEmpty()).findFirst()
                .orElse(List.of());
        List<Agent> agents = byPreference.stream().map(NounCodes::agents).filter(l -> !l.isEmpty()).findFirst()
                .orElse(List.of());
        return new NounCodes(actors, agents);
    }
}
