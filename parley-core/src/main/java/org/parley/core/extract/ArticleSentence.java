package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.core.actors.ActorMention;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EntityMention;
import org.parley.model.Token;

/**
 * One sentence of the article as the event passes read it: its dependency graph, whether it is a
 * photo caption, and the actor and entity mentions in it, with the lookups from a token to the
 * actors it stands for. Immutable.
 */
final class ArticleSentence {

    private final DependencyGraph graph;
    private final boolean caption;
    private final List<ActorMention> actors;
    private final List<EntityMention> entities;

    /**
     * @param actors   the actor mentions of this sentence, in article order
     * @param entities the entity mentions of this sentence, in article order
     */
    ArticleSentence(DependencyGraph graph, boolean caption, List<ActorMention> actors, List<EntityMention> entities) {
        this.graph = graph;
        this.caption = caption;
        this.actors = List.copyOf(actors);
        this.entities = List.copyOf(entities);
    }

    DependencyGraph graph() {
        return graph;
    }

    int index() {
        return graph.sentence().index();
    }

    boolean caption() {
        return caption;
    }

    /** Whether events are read from it: it is parsed and not a photo caption. */
    boolean readable() {
        return !graph.sentence().dependencies().isEmpty() && !caption;
    }

    /** The actor mentions of the sentence, in article order. */
    List<ActorMention> actorMentions() {
        return actors;
    }

    /** The actors whose mentions cover the token. */
    List<Actor> covering(int token) {
        List<Actor> found = new ArrayList<>();
        for (ActorMention m : actors) {
            if (m.coversToken(index(), token) && !found.contains(m.actor())) {
                found.add(m.actor());
            }
        }
        return found;
    }

    /**
     * The actors a token stands for: the mentions covering it, else those covering a name-part
     * dependent ("Minister ... Son" parsed with Son as dep), plus conjuncts ("Blinken and Son").
     */
    List<Actor> actorsAt(int head) {
        List<Actor> found = new ArrayList<>(covering(head));
        if (found.isEmpty()) {
            // a head that names no actor carries it beneath: "HANOI, May 29 - Minister Son and
            // Secretary Blinken discussed" parses the dateline's city as the subject, Son (and
            // the Blinken conjoined to him) as its dependents
            for (int c : graph.children(head, "dep", "appos", "compound", "flat")) {
                List<Actor> beneath = covering(c);
                found.addAll(beneath);
                if (!beneath.isEmpty()) {
                    graph.children(c, "conj").forEach(conj -> addNew(found, covering(conj)));
                }
            }
        }
        for (int conj : graph.children(head, "conj")) {
            addNew(found, actorsAt(conj));
        }
        return found;
    }

    private static void addNew(List<Actor> found, List<Actor> more) {
        more.stream().filter(a -> !found.contains(a)).forEach(found::add);
    }

    /** The countries of the demonyms qualifying a noun ("Sudanese" in "Sudanese government"). */
    List<Actor> demonymOf(int noun) {
        List<Actor> out = new ArrayList<>();
        if (!graph.isNoun(noun)) {
            return out;
        }
        for (int c : graph.children(noun, "amod", "compound")) {
            covering(c).stream().filter(a -> a.kind() == ActorKind.COUNTRY && !out.contains(a)).forEach(out::add);
        }
        return out;
    }

    /** The first entity mention whose span contains the token. */
    Optional<EntityMention> entityAt(int token) {
        Token t = graph.token(token);
        return entities.stream().filter(e -> e.span().contains(t.span())).findFirst();
    }
}
