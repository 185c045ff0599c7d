package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.extract.EventWords.SideRule;
import org.parley.model.Actor;

/**
 * The side holding the victims of an act of force in its custody, who the text makes its agent
 * though it names no subject ("an activist died as a result of torture in Syrian police custody",
 * "two reporters were tortured in army detention"): the actors or the nationality qualifying the
 * custody noun ({@code custody} of {@code side-rules.tsv}) that is a phrase of the act or of the
 * clause it is part of. A noun act that names no victim of its own takes that clause's subject. Only
 * for the types of {@code unnamed_agent}. Immutable and thread-safe.
 */
final class CustodyHolder {

    /** Relations by which a clause or a noun holds an "in custody" phrase. */
    private static final Set<String> PHRASES = Set.of("obl", "nmod", "advcl");

    /** Who held the victims, and the victims a noun act found in its clause (empty when it had its own). */
    record Held(List<Actor> holders, List<Actor> victims) {
    }

    private final EnumWordLists<SideRule> rules;

    CustodyHolder(EnumWordLists<SideRule> rules) {
        this.rules = rules;
    }

    /** The custody holder of an act of force with no source, or empty. */
    Optional<Held> of(ArticleSentence s, EventDraft d) {
        if (!rules.contains(SideRule.UNNAMED_AGENT, d.coding().type())) {
            return Optional.empty();
        }
        DependencyGraph g = s.graph();
        List<Integer> anchors = new ArrayList<>();
        int clause = d.token();
        anchors.add(clause);
        // "died as a result of torture": the noun act's clause is the verb its phrases hang on
        for (int depth = 0; depth < 3 && clause >= 0 && !g.isVerb(clause); depth++) {
            clause = g.governor(clause);
            if (clause >= 0) {
                anchors.add(clause);
            }
        }
        for (int anchor : anchors) {
            for (int c : g.children(anchor)) {
                if (!PHRASES.contains(g.baseRelation(c)) || !rules.contains(SideRule.CUSTODY, g.lemma(c))) {
                    continue;
                }
                List<Actor> holders = holders(s, c);
                if (!holders.isEmpty()) {
                    List<Actor> victims = d.rule().noun() && d.arguments().target().isEmpty() && clause >= 0
                            && g.isVerb(clause) ? subjectOf(s, clause) : List.of();
                    return Optional.of(new Held(holders, victims));
                }
            }
        }
        return Optional.empty();
    }

    /** The actors qualifying the custody noun ("Israeli police custody", "the army's custody"), else its nationality. */
    private static List<Actor> holders(ArticleSentence s, int custody) {
        DependencyGraph g = s.graph();
        List<Actor> out = new ArrayList<>(s.actorsAt(custody));
        for (int m : g.children(custody, "amod", "compound", "nmod:poss")) {
            s.actorsAt(m).stream().filter(a -> !out.contains(a)).forEach(out::add);
        }
        return out.isEmpty() ? s.demonymOf(custody) : out;
    }

    /** The actors of a clause's subject, else its nationality ("a Palestinian prisoner"). */
    private static List<Actor> subjectOf(ArticleSentence s, int clause) {
        DependencyGraph g = s.graph();
        List<Integer> subjects = g.children(clause, "nsubj", "nsubj:pass");
        if (subjects.isEmpty()) {
            return List.of();
        }
        int subject = subjects.get(0);
        List<Actor> named = s.actorsAt(subject);
        return named.isEmpty() ? s.demonymOf(subject) : named;
    }
}
