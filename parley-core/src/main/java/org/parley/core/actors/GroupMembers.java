package org.parley.core.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Actor;

/** Who a group reference stands for: the pair of a pair phrase, the members of a "they". Stateless. */
final class GroupMembers {

    /** How far into the previous sentence its subject may start for a "they" to take it up. */
    private static final int SUBJECT_WITHIN = 6;

    private GroupMembers() {
    }

    /**
     * The two people a pair phrase at token {@code i} of sentence {@code s} stands for: the last two
     * people of different countries named before it in its sentence, else the {@link #salientPair}
     * of its section, else of the article.
     */
    static List<Person> pairFor(ArticleReading r, int s, int i) {
        List<Reference> ordered = r.inTextOrder();
        List<Person> inSentence = new ArrayList<>();
        for (Reference f : ordered) {
            if (f.sentence() == s && f.begin() < i && f.person() != null && !inSentence.contains(f.person())) {
                inSentence.add(f.person());
            }
        }
        List<Person> pair = lastPairOfDifferentCountries(inSentence);
        if (pair.size() == 2) {
            return pair;
        }
        pair = salientPair(ordered.stream().filter(f -> r.sections().same(f.sentence(), s)).toList());
        return pair.size() == 2 ? pair : salientPair(ordered);
    }

    /**
     * The pair a report is about: the person mentioned most often (first met on ties) and the
     * most-mentioned person of another country.
     */
    private static List<Person> salientPair(List<Reference> scope) {
        Map<Person, Integer> counts = new LinkedHashMap<>();
        for (Reference f : scope) {
            if (f.person() != null) {
                counts.merge(f.person(), 1, Integer::sum);
            }
        }
        List<Person> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(Comparator.comparingInt((Person p) -> -counts.get(p)));
        if (ranked.isEmpty() || ranked.get(0).actor().country() == null) {
            return List.of();
        }
        Person main = ranked.get(0);
        for (Person other : ranked) {
            String c = other.actor().country();
            if (c != null && !c.equals(main.actor().country())) {
                return List.of(main, other);
            }
        }
        return List.of();
    }

    private static List<Person> lastPairOfDifferentCountries(List<Person> ps) {
        for (int b = ps.size() - 1; b >= 1; b--) {
            for (int a = b - 1; a >= 0; a--) {
                String ca = ps.get(a).actor().country();
                String cb = ps.get(b).actor().country();
                if (ca != null && cb != null && !ca.equals(cb)) {
                    return List.of(ps.get(a), ps.get(b));
                }
            }
        }
        return List.of();
    }

    /**
     * The members of "they" at token {@code i}: the group of people opening its own sentence before
     * it; else, at the start of a sentence right after one whose subject was a pair ("X and Y
     * discussed ..." or "the two ministers ..."), that pair. Empty when none.
     */
    static List<Actor> ofThey(ArticleReading r, int s, int i) {
        List<Reference> ordered = r.inTextOrder();
        List<Reference> before = ordered.stream().filter(f -> f.sentence() == s && f.begin() < i).toList();
        if (!before.isEmpty()) {
            Reference first = before.get(0);
            return first.basis() == ActorMention.Basis.GROUP && first.isPerson() ? membersOf(r, first) : List.of();
        }
        if (s == 0 || !r.sections().same(s - 1, s) && !r.sections().isHeading(s - 1)) {
            return List.of();
        }
        List<Reference> prev = ordered.stream().filter(f -> f.sentence() == s - 1).toList();
        if (prev.isEmpty()) {
            return List.of();
        }
        Reference first = prev.get(0);
        if (first.begin() > SUBJECT_WITHIN) {
            return List.of();
        }
        if (first.basis() == ActorMention.Basis.GROUP && first.isPerson()) {
            return membersOf(r, first);
        }
        if (prev.size() >= 2 && first.person() != null) {
            Reference second = prev.stream().filter(f -> f.begin() >= first.end()).findFirst().orElse(null);
            List<String> ws = r.words(s - 1);
            if (second != null && second.person() != null && second.person() != first.person()
                    && second.begin() == first.end() + 1 && ws.get(first.end()).equals("and")) {
                return List.of(first.person().actor(), second.person().actor());
            }
        }
        return List.of();
    }

    private static List<Actor> membersOf(ArticleReading r, Reference group) {
        return r.references().stream().filter(f -> f.group() == group.group() && f.sentence() == group.sentence())
                .map(Reference::resolved).toList();
    }
}
