package org.parley.core.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.model.EventDate;
import org.parley.model.TimeExpression;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.Plan;

/**
 * Reads the plans a report states between the two countries of a pair, one {@link PlanStatement} per cue
 * of {@link PlanCues} followed by an action: "reiterated the invitation to Biden to visit Vietnam" (Joe
 * Biden, invited, to visit Vietnam), "the US President wishes to visit the Southeast Asian nation at an
 * early date" (planned, intended "at an early date").
 *
 * <p>The one to go or meet is the actor written between an invitation cue and its action ("the invitation
 * to <u>the Party chief</u> to visit"), else the last actor before the cue ("<u>the US President</u> wishes
 * to visit"), as the actor resolver resolved them; an unresolved invitee is kept as written. The country
 * visited is the country or capital named right after the action, else the first actor with a country after
 * it, else the pair's other country: in a report on two
 * countries, one side's visit is to the other ("the Southeast Asian nation"). A plan is the pair's when
 * its two sides are the pair's two countries. The intended time is a date the sentence states after the
 * cue that is not before the statement, else vague words ("at an early date"). Thread-safe.
 */
final class PlanReader {
    private static final Pattern NAME_FIRST = Pattern.compile("^\\s*(?:the\\s+)?(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*)");
    private static final Pattern TRAILING_TO = Pattern.compile("\\s+to$");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}");

    private final PlanCues cues;
    private final Countries countries;

    PlanReader(PlanCues cues, Countries countries) {
        this.cues = cues;
        this.countries = countries;
    }

    /** A side of a plan: its name, whether it is a resolved person, its country (null when unknown). */
    private record Party(String name, boolean person, String country) {
    }

    /**
     * The plans of {@code report} for {@code pair}; {@code actors} (resolved only when a sentence has a cue)
     * gives the actors the report refers to, {@code stated} the day the report states them.
     */
    List<PlanStatement> read(ReportText report, CountryPair pair, Supplier<List<SentenceActor>> actors, EventDate stated) {
        List<PlanStatement> out = new ArrayList<>();
        List<SentenceActor> resolved = null;
        for (int i = 0; i < report.sentenceCount(); i++) {
            String sentence = report.sentence(i);
            for (PlanCues.CueAt cue : cues.cuesIn(sentence)) {
                Optional<PlanCues.ActionAt> action = actionOf(sentence, cue);
                if (action.isEmpty()) {
                    continue;
                }
                if (resolved == null) {
                    resolved = actors.get();
                }
                int index = i;
                List<SentenceActor> here = resolved.stream().filter(a -> a.sentence() == index).toList();
                statement(report, i, cue, action.get(), here, pair, stated).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<PlanCues.ActionAt> actionOf(String sentence, PlanCues.CueAt cue) {
        Optional<PlanCues.ActionAt> found = cue.cue().whoAfter()
                ? cues.actionAfterInvitee(sentence, cue.end()) : cues.actionRightAfter(sentence, cue.end());
        if (found.isEmpty() && cue.cue().withoutAction() != null) {
            return Optional.of(new PlanCues.ActionAt(cue.end(), cue.end(), cue.cue().withoutAction()));
        }
        return found;
    }

    private Optional<PlanStatement> statement(ReportText report, int index, PlanCues.CueAt cue,
                                              PlanCues.ActionAt action, List<SentenceActor> here, CountryPair pair,
                                              EventDate stated) {
        String sentence = report.sentence(index);
        Optional<Party> who = who(sentence, cue, action, here);
        if (who.isEmpty()) {
            return Optional.empty();
        }
        Optional<Party> whom = action.action() == Plan.Action.VISIT
                ? countryVisited(sentence, action, here, who.get(), pair) : personMet(action, here);
        if (whom.isEmpty()) {
            return Optional.empty();
        }
        String whoCountry = who.get().country() != null ? who.get().country() : other(pair, whom.get().country());
        String whomCountry = whom.get().country();
        if (whoCountry == null || whomCountry == null || whoCountry.equals(whomCountry) || !pair.has(whoCountry)
                || !pair.has(whomCountry)) {
            return Optional.empty();
        }
        Plan.Status status = cue.cue().status() == Plan.Status.INVITED && cues.accepting(sentence.substring(action.end()))
                ? Plan.Status.ACCEPTED : cue.cue().status();
        return Optional.of(new PlanStatement(action.action(), who.get().name(), who.get().person(), whoCountry,
                whom.get().name(), whomCountry, status, intended(report, index, cue.start(), stated), stated,
                report.evidence(index)));
    }

    private Optional<Party> who(String sentence, PlanCues.CueAt cue, PlanCues.ActionAt action, List<SentenceActor> here) {
        String between = TRAILING_TO.matcher(sentence.substring(cue.end(), action.start()).strip()).replaceFirst("");
        if (cue.cue().whoAfter() && !between.isEmpty()) {
            Optional<SentenceActor> named = here.stream().filter(a -> a.begin() >= cue.end() && a.end() <= action.start())
                    .min(Comparator.comparing((SentenceActor a) -> !a.isPerson()).thenComparingInt(SentenceActor::begin));
            if (named.isPresent()) {
                return named.map(PlanReader::party);
            }
            // Unresolved words stand for the invitee only when they name someone ("the Party chief"), not "experts".
            return CAPITALISED.matcher(between).find()
                    ? Optional.of(new Party(between, false, countryNamed(between).orElse(null))) : Optional.empty();
        }
        return here.stream().filter(a -> a.end() <= cue.start()).max(Comparator.comparingInt(SentenceActor::end))
                .map(PlanReader::party);
    }

    private Optional<Party> countryVisited(String sentence, PlanCues.ActionAt action, List<SentenceActor> here,
                                           Party who, CountryPair pair) {
        Optional<String> named = countryRightAfter(sentence.substring(action.end()))
                .or(() -> here.stream().filter(a -> a.begin() >= action.end() && a.actor().country() != null)
                        .min(Comparator.comparingInt(SentenceActor::begin)).map(a -> a.actor().country()));
        return named.or(() -> Optional.ofNullable(other(pair, who.country())))
                .map(c -> new Party(countries.byCode(c).map(Country::name).orElse(c), false, c));
    }

    private static Optional<Party> personMet(PlanCues.ActionAt action, List<SentenceActor> here) {
        return here.stream().filter(a -> a.begin() >= action.end() && a.isPerson())
                .min(Comparator.comparingInt(SentenceActor::begin)).map(PlanReader::party);
    }

    private static Party party(SentenceActor a) {
        return new Party(a.actor().name(), a.isPerson(), a.actor().country());
    }

    /** The country or capital named right after the action ("visit the US", "to Washington"). */
    private Optional<String> countryRightAfter(String text) {
        Matcher name = NAME_FIRST.matcher(text);
        return name.find() ? countryNamed(name.group(1)) : Optional.empty();
    }

    private Optional<String> countryNamed(String words) {
        String name = words.replaceFirst("^(?i:the)\\s+", "");
        return countries.byName(name).or(() -> countries.byCapital(name)).map(Country::alpha3);
    }

    private static String other(CountryPair pair, String country) {
        if (country == null || !pair.has(country)) {
            return null;
        }
        return country.equals(pair.first()) ? pair.second() : pair.first();
    }

    /** A date stated after the cue that is not before the statement, else the vague words for when, else unknown. */
    EventDate intended(ReportText report, int index, int cueStart, EventDate stated) {
        int from = report.annotation().sentences().get(index).span().begin() + cueStart;
        Optional<TimeExpression> dated = report.annotation().times().stream()
                .filter(t -> t.sentence() == index && t.span().begin() >= from && IsoDates.isIso(t.value()))
                .filter(t -> !IsoDates.isIso(stated.iso()) || IsoDates.notBefore(t.value(), stated.iso()))
                .findFirst();
        if (dated.isPresent()) {
            return IsoDates.of(dated.get().value(), EventDate.Basis.STATED, List.of(dated.get().text()));
        }
        String after = report.sentence(index).substring(cueStart);
        return new EventDate.Unknown(cues.vagueTime(after).map(List::of).orElse(List.of()));
    }
}
