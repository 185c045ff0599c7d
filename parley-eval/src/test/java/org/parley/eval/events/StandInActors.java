package org.parley.eval.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.core.actors.ActorMention;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.kb.OfficeTerm;
import org.parley.core.places.Countries;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.EntityMention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * A deliberately simple stand-in for the actor resolver, for the event checks until the real one
 * is merged: PERSON mentions (with the title words before them) via the office-holders table,
 * short forms of people named earlier in the article, COUNTRY mentions, and "the two sides /
 * ministers / countries" as the last two people (or their countries). No pronouns, no descriptions.
 */
final class StandInActors {

    private final OfficeHolders kb = OfficeHolders.bundled();
    private final Countries countries = Countries.bundled();

    List<ActorMention> resolve(Article article, AnnotatedText text) {
        List<ActorMention> mentions = new ArrayList<>();
        List<Actor> people = new ArrayList<>();
        LocalDate day = article.published().localDate().orElse(null);
        for (Sentence s : text.sentences()) {
            for (EntityMention e : text.entities()) {
                if (e.sentence() != s.index()) {
                    continue;
                }
                int[] range = tokens(s, e.span());
                if (range == null) {
                    continue;
                }
                if (e.type().equals("PERSON")) {
                    Actor person = person(e.text(), people, day);
                    if (person == null) {
                        continue;
                    }
                    people.add(person);
                    int begin = range[0];
                    while (begin > 0 && List.of("TITLE", "COUNTRY", "NATIONALITY")
                            .contains(s.tokens().get(begin - 1).ner())) {
                        begin--;
                    }
                    mentions.add(mention(s, begin, range[1], person, ActorMention.Basis.NAMED));
                } else if (e.type().equals("COUNTRY")) {
                    countries.byName(e.text()).ifPresent(c -> mentions.add(
                            mention(s, range[0], range[1], Actor.country(c.name(), c.alpha3()), ActorMention.Basis.COUNTRY)));
                }
            }
            groups(s, people, mentions);
        }
        return mentions;
    }

    private void groups(Sentence s, List<Actor> people, List<ActorMention> mentions) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            String prev = t.get(i - 1).word().toLowerCase(Locale.ROOT);
            String word = t.get(i).word().toLowerCase(Locale.ROOT);
            if (!(prev.equals("two") || prev.equals("both")) || people.size() < 2) {
                continue;
            }
            List<Actor> pair = lastTwoOfDifferentCountries(people);
            if (pair.isEmpty()) {
                continue;
            }
            if (word.equals("sides") || word.equals("ministers")) {
                for (Actor a : pair) {
                    mentions.add(mention(s, i - 1, i + 1, a, ActorMention.Basis.GROUP));
                }
            } else if (word.equals("countries")) {
                for (Actor a : pair) {
                    int head = i;
                    countries.byCode(a.country()).ifPresent(c -> mentions.add(
                            mention(s, head - 1, head + 1, Actor.country(c.name(), c.alpha3()), ActorMention.Basis.GROUP)));
                }
            }
        }
    }

    /** The most mentioned person so far and the most mentioned one of another country. */
    private static List<Actor> lastTwoOfDifferentCountries(List<Actor> mentioned) {
        java.util.Map<Actor, Long> counts = new java.util.LinkedHashMap<>();
        mentioned.stream().filter(a -> a.country() != null).forEach(a -> counts.merge(a, 1L, Long::sum));
        List<Actor> ranked = counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<Actor, Long>comparingByValue().reversed())
                .map(java.util.Map.Entry::getKey).toList();
        for (int k = 1; k < ranked.size(); k++) {
            if (!ranked.get(k).country().equals(ranked.get(0).country())) {
                return List.of(ranked.get(0), ranked.get(k));
            }
        }
        return List.of();
    }

    private Actor person(String name, List<Actor> seen, LocalDate day) {
        for (Actor a : seen) {
            List<String> words = List.of(a.name().toLowerCase(Locale.ROOT).split(" "));
            if (words.contains(name.toLowerCase(Locale.ROOT)) || a.name().equalsIgnoreCase(name)) {
                return a;
            }
        }
        List<OfficeTerm> terms = kb.termsOf(name);
        if (terms.isEmpty() && kb.matchingName(name).stream().map(OfficeTerm::name).distinct().count() == 1) {
            terms = kb.matchingName(name);
        }
        if (terms.isEmpty()) {
            return new Actor(name, ActorKind.PERSON, null, null, null);
        }
        Optional<OfficeTerm> term = day == null ? Optional.of(terms.get(0))
                : terms.stream().filter(x -> x.isActiveOn(day)).findFirst();
        OfficeTerm chosen = term.orElse(terms.get(0));
        return new Actor(chosen.name(), ActorKind.PERSON, term.map(OfficeTerm::title).orElse(null), chosen.country(),
                chosen.sector());
    }

    private static ActorMention mention(Sentence s, int begin, int end, Actor actor, ActorMention.Basis basis) {
        Span span = new Span(s.tokens().get(begin).span().begin(), s.tokens().get(end - 1).span().end());
        StringBuilder text = new StringBuilder();
        for (int i = begin; i < end; i++) {
            text.append(i > begin ? " " : "").append(s.tokens().get(i).word());
        }
        return new ActorMention(s.index(), begin, end, span, text.toString(), actor, basis);
    }

    private static int[] tokens(Sentence s, Span span) {
        int begin = -1;
        int end = -1;
        for (int i = 0; i < s.tokens().size(); i++) {
            Span t = s.tokens().get(i).span();
            if (span.contains(t)) {
                if (begin < 0) {
                    begin = i;
                }
                end = i + 1;
            }
        }
        return begin < 0 ? null : new int[] {begin, end};
    }
}
