package org.parley.core.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.core.data.TsvRows;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.model.Actor;
import org.parley.model.Token;

/**
 * Groups that stand for two actors: a pair phrase of {@code group-phrases.tsv} ("the two sides",
 * "both ministers": the two people {@link GroupMembers#pairFor} chooses; "both countries": their
 * two countries), "both" before a verb, and "they/their/them" after a pair subject. Reads the
 * unclaimed tokens and the people's references; adds one GROUP reference per member, all with the
 * same tokens and group number.
 */
final class GroupPass extends ClaimingPass {

    /** A pair phrase as lower-case words; {@code countries}: it stands for the pair's countries. */
    private record Phrase(List<String> words, boolean countries) {
    }

    private static final List<Phrase> PHRASES = TsvRows.bundled(GroupPass.class, "group-phrases.tsv", 2,
            GroupPass::phrase);
    private static final List<Phrase> PEOPLE_PHRASES = PHRASES.stream().filter(p -> !p.countries()).toList();
    private static final List<Phrase> COUNTRY_PHRASES = PHRASES.stream().filter(Phrase::countries).toList();
    private static final Set<String> GROUP_PRONOUNS = Pronouns.standingFor(Pronouns.StandsFor.GROUP);

    private final Countries countries;

    GroupPass(Countries countries) {
        super(new Contract(Set.of(ReadingFact.GROUNDED_PEOPLE, ReadingFact.SHORT_FORMS, ReadingFact.DESCRIPTIONS),
                ReadingFact.GROUPS));
        this.countries = countries;
    }

    @Override
    Step at(ArticleReading r, int s, int i) {
        List<Token> toks = r.tokens(s);
        List<String> lower = r.lowerWords(s);
        int end = phraseEnd(lower, i, PEOPLE_PHRASES);
        boolean countryPair = false;
        if (end < 0) {
            end = phraseEnd(lower, i, COUNTRY_PHRASES);
            countryPair = end > 0;
        }
        if (end < 0 && lower.get(i).equals("both") && i + 1 < toks.size() && toks.get(i + 1).pos().isVerb()) {
            end = i + 1; // "Both highlighted ..."
        }
        List<Actor> members;
        if (end > 0) {
            List<Person> pair = GroupMembers.pairFor(r, s, i);
            if (pair.size() != 2) {
                return Step.nothingAt(i);
            }
            members = countryPair ? countriesOf(pair) : pair.stream().map(Person::actor).toList();
            if (members.size() != 2 || countryPair && members.get(0).equals(members.get(1))) {
                return Step.nothingAt(i);
            }
        } else if (GROUP_PRONOUNS.contains(lower.get(i))) {
            members = GroupMembers.ofThey(r, s, i);
            end = i + 1;
            if (members.isEmpty()) {
                return Step.nothingAt(i);
            }
        } else {
            return Step.nothingAt(i);
        }
        int group = nextGroup(r);
        List<Reference> found = new ArrayList<>();
        for (Actor a : members) {
            found.add(new Reference(s, i, end, ActorMention.Basis.GROUP, null, a, group));
        }
        return new Step(found, end);
    }

    /** The number of the article's next group: groups are numbered from 0 in the order they are found. */
    private static int nextGroup(ArticleReading r) {
        return r.references().stream().mapToInt(Reference::group).max().orElse(Reference.NO_GROUP) + 1;
    }

    private List<Actor> countriesOf(List<Person> pair) {
        List<Actor> members = new ArrayList<>();
        for (Person p : pair) {
            String code = p.actor().country();
            Optional<Country> c = code == null ? Optional.empty() : countries.byCode(code);
            c.ifPresent(x -> members.add(Actor.country(x.name(), x.alpha3())));
        }
        return members;
    }

    private static int phraseEnd(List<String> lower, int i, List<Phrase> phrases) {
        for (Phrase ph : phrases) {
            List<String> words = ph.words();
            if (i + words.size() <= lower.size() && lower.subList(i, i + words.size()).equals(words)) {
                return i + words.size();
            }
        }
        return -1;
    }

    private static Phrase phrase(TsvRows.Row row) {
        boolean countries = switch (row.cell(1)) {
            case "people" -> false;
            case "countries" -> true;
            default -> throw new IllegalArgumentException("stands_for must be people or countries: '" + row.cell(1) + "'");
        };
        return new Phrase(List.of(row.cell(0).split(" ")), countries);
    }
}
