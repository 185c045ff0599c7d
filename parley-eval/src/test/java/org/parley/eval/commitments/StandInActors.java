package org.parley.eval.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.core.actors.ActorMention;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedText;
import org.parley.model.EntityMention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * A stand-in for the actor resolver (written elsewhere), good enough to check commitments on real
 * annotations: ORGANIZATION and COUNTRY mentions from the tagger; a country followed by capitalised
 * words and "to/of/for" + a name becomes one organisation ("U.S. Mission to Vietnam"); an
 * abbreviation in parentheses after a name is that name's actor ("(EXIM)"); "the two countries" /
 * "both sides" stand for the article's two most-mentioned countries.
 */
final class StandInActors {
    private static final Set<String> GROUP_NOUNS = Set.of("countries", "sides", "nations", "governments");

    private StandInActors() {
    }

    static List<ActorMention> of(String clean, AnnotatedText text) {
        Countries countries = Countries.bundled();
        List<ActorMention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<EntityMention> here = text.entities().stream()
                    .filter(e -> e.sentence() == s.index() && Set.of("ORGANIZATION", "COUNTRY").contains(e.type()))
                    .sorted(Comparator.comparing(EntityMention::span)).toList();
            ActorMention previous = null;
            for (int k = 0; k < here.size(); k++) {
                EntityMention e = here.get(k);
                int begin = tokenAt(s, e.span().begin());
                int end = tokenAt(s, e.span().end() - 1) + 1;
                if (begin < 0 || end <= begin || (previous != null && begin < previous.endToken())) {
                    continue;
                }
                boolean organisation = e.type().equals("ORGANIZATION");
                // "U.S. Mission to Vietnam": capitalised words the tagger left out, then "to" + a name.
                int t = end;
                while (t < s.tokens().size() && s.tokens().get(t).pos().equals("NNP") && s.tokens().get(t).ner().equals("O")) {
                    t++;
                }
                if (t > end) {
                    organisation = true;
                    end = t;
                    if (t + 1 < s.tokens().size() && Set.of("to", "of", "for").contains(s.tokens().get(t).word())
                            && !s.tokens().get(t + 1).ner().equals("O")) {
                        String ner = s.tokens().get(t + 1).ner();
                        end = t + 1;
                        while (end < s.tokens().size() && s.tokens().get(end).ner().equals(ner)) {
                            end++;
                        }
                    }
                }
                Span span = new Span(s.tokens().get(begin).span().begin(), s.tokens().get(end - 1).span().end());
                String name = span.of(clean).replaceFirst("^(?i)the ", "");
                boolean abbreviation = previous != null && begin == previous.endToken() + 1
                        && s.tokens().get(begin - 1).word().matches("\\(|-LRB-") && name.matches("[A-Z]{2,8}");
                Actor actor;
                if (abbreviation) {
                    actor = previous.actor();
                } else if (organisation) {
                    actor = new Actor(name, ActorKind.ORGANIZATION, null, null, null);
                } else {
                    actor = countries.byName(name).map(c -> Actor.country(c.name(), c.alpha3()))
                            .orElse(new Actor(name, ActorKind.COUNTRY, null, null, "GOV"));
                }
                previous = new ActorMention(s.index(), begin, end, span, span.of(clean), actor,
                        abbreviation ? ActorMention.Basis.SHORT_FORM : ActorMention.Basis.NAMED);
                out.add(previous);
            }
        }
        addGroups(clean, text, out);
        return out;
    }

    private static void addGroups(String clean, AnnotatedText text, List<ActorMention> out) {
        Map<Actor, Long> counts = out.stream().filter(m -> m.actor().kind() == ActorKind.COUNTRY && m.actor().country() != null)
                .collect(Collectors.groupingBy(ActorMention::actor, HashMap::new, Collectors.counting()));
        List<Actor> top = counts.entrySet().stream().sorted(Map.Entry.<Actor, Long>comparingByValue().reversed())
                .limit(2).map(Map.Entry::getKey).toList();
        if (top.size() < 2) {
            return;
        }
        for (Sentence s : text.sentences()) {
            List<Token> tk = s.tokens();
            for (int i = 1; i < tk.size(); i++) {
                String prev = tk.get(i - 1).word().toLowerCase();
                if (GROUP_NOUNS.contains(tk.get(i).word().toLowerCase()) && (prev.equals("two") || prev.equals("both"))) {
                    int begin = i - 1 > 0 && tk.get(i - 2).word().equalsIgnoreCase("the") ? i - 2 : i - 1;
                    Span span = new Span(tk.get(begin).span().begin(), tk.get(i).span().end());
                    for (Actor a : top) {
                        out.add(new ActorMention(s.index(), begin, i + 1, span, span.of(clean), a, ActorMention.Basis.GROUP));
                    }
                }
            }
        }
    }

    private static int tokenAt(Sentence s, int offset) {
        for (int i = 0; i < s.tokens().size(); i++) {
            Span t = s.tokens().get(i).span();
            if (t.begin() <= offset && offset < t.end()) {
                return i;
            }
        }
        return -1;
    }
}
