package org.parley.core.dates;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EventDate;
import org.parley.model.EventDate.Basis;
import org.parley.model.PublicationDate;
import org.parley.model.TimeExpression;

/**
 * The date a chosen time expression gives. Reads its TIMEX3 value (SUTime resolved relative
 * expressions against the publication date): a written year makes the date {@link Basis#STATED},
 * otherwise {@link Basis#RELATIVE}; "in September 2023" gives a {@link EventDate.MonthOnly}, "in
 * 2023" a {@link EventDate.YearOnly}; a weekday written with a full date is checked. A day without
 * a year goes to {@link YearInference}, and so does a bare weekday in a report datelined without a year; "the same day" takes the previous day of the text (the
 * participants' own, if any). Each result carries its reasoning as evidence. Thread-safe.
 */
final class TimexResolution {

    /** How many "the same day" references are followed before giving up. */
    private static final int MAX_REFERENCES = 3;
    private static final Pattern FULL_YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern WEEKDAY_WORD = Pattern.compile(
            "(?i)\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    private final ExpressionSelection selection;
    private final YearInference years;

    TimexResolution(ExpressionSelection selection, YearInference years) {
        this.selection = selection;
        this.years = years;
    }

    /** The date {@code t} gives; {@code depth} counts the "same day" references followed so far. */
    EventDate resolve(DatingRequest r, TimeExpression t, int depth) {
        TimexValue value = TimexValue.parse(t.value());
        String where = "'" + t.text() + "' (sentence " + t.sentence() + ")";
        if (value instanceof TimexValue.Day || value instanceof TimexValue.MonthOfYear
                || value instanceof TimexValue.Year) {
            boolean stated = FULL_YEAR.matcher(t.text()).find();
            String why = stated ? where + " states the date: " + t.value()
                    : where + " resolved against the publication date" + r.article().published().localDate()
                    .map(d -> " " + d).orElse("") + ": " + t.value();
            List<String> ev = new ArrayList<>(List.of(why));
            weekdayCheck(t, value).ifPresent(ev::add);
            return TimexValue.toEventDate(t.value(), stated ? Basis.STATED : Basis.RELATIVE, ev);
        }
        if (value instanceof TimexValue.YearlessDay y) {
            List<String> ev = new ArrayList<>();
            ev.add(where + " gives the month and day, not the year");
            return years.infer(r, new YearlessDay(y.monthDay()), t.sentence(), ev);
        }
        if (value instanceof TimexValue.Weekday wd && r.article().published() instanceof PublicationDate.WithoutYear w) {
            List<String> ev = new ArrayList<>();
            ev.add(where + " gives the weekday; the report's dateline gives " + new YearlessDay(w.monthDay())
                    + ", not the year");
            return years.inferWeekday(r, new YearlessDay(w.monthDay()), wd.dayOfWeek(), t.sentence(), ev);
        }
        if (value instanceof TimexValue.SameDay && depth < MAX_REFERENCES) {
            Optional<TimeExpression> previous = previousDay(r, t);
            if (previous.isPresent()) {
                EventDate referred = resolve(r, previous.get(), depth + 1);
                List<String> ev = new ArrayList<>();
                ev.add(where + " refers to the previous date in the text, '" + previous.get().text()
                        + "' (sentence " + previous.get().sentence() + ")");
                ev.addAll(referred.evidence());
                return withEvidence(referred, ev);
            }
        }
        return new EventDate.Unknown(List.of(where + " (" + t.value() + ") does not give a date on its own"));
    }

    /**
     * The day-precision expression "the same day" refers to: the last one before {@code t}
     * whose sentence names one of the participants (the same actor's previous engagement),
     * else simply the last one.
     */
    private Optional<TimeExpression> previousDay(DatingRequest r, TimeExpression t) {
        TimeExpression last = null;
        TimeExpression sharing = null;
        for (TimeExpression e : r.text().times()) {
            if (e.span().begin() >= t.span().begin()) {
                break;
            }
            TimexValue v = TimexValue.parse(e.value());
            if ((v instanceof TimexValue.Day || v instanceof TimexValue.YearlessDay)
                    && !selection.belongsElsewhere(r, r.text().sentences().get(e.sentence()), e, -1)) {
                last = e;
                if (namesParticipant(r.actors(), r.sentenceText(e.sentence()))) {
                    sharing = e;
                }
            }
        }
        return Optional.ofNullable(sharing != null ? sharing : last);
    }

    private static boolean namesParticipant(List<Actor> participants, String sentence) {
        // With a person among the participants, only a sentence naming a person counts: a
        // country is named by nearly every sentence of a bilateral report.
        boolean personInvolved = participants.stream().anyMatch(a -> a.kind() == ActorKind.PERSON);
        for (Actor a : participants) {
            if (personInvolved && a.kind() != ActorKind.PERSON) {
                continue;
            }
            String[] words = a.name().split("\\s+");
            if (sentence.contains(a.name()) || a.kind() == ActorKind.PERSON && sentence.contains(words[words.length - 1])) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> weekdayCheck(TimeExpression t, TimexValue value) {
        Matcher m = WEEKDAY_WORD.matcher(t.text());
        if (value instanceof TimexValue.Day d && m.find() && FULL_YEAR.matcher(t.text()).find()) {
            DayOfWeek written = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return Optional.of(d.day().getDayOfWeek() == written
                    ? d.day() + " was a " + m.group(1) + ", as written"
                    : "warning: " + d.day() + " was a " + YearlessDay.name(d.day().getDayOfWeek()) + ", not a " + m.group(1));
        }
        return Optional.empty();
    }

    /** {@code date} with {@code evidence} in place of its own. */
    static EventDate withEvidence(EventDate date, List<String> evidence) {
        if (date instanceof EventDate.ExactDay d) {
            return new EventDate.ExactDay(d.day(), d.basis(), evidence);
        }
        if (date instanceof EventDate.MonthOnly m) {
            return new EventDate.MonthOnly(m.month(), m.basis(), evidence);
        }
        if (date instanceof EventDate.YearOnly y) {
            return new EventDate.YearOnly(y.year(), y.basis(), evidence);
        }
        if (date instanceof EventDate.Period p) {
            return new EventDate.Period(p.start(), p.end(), p.unit(), p.basis(), evidence);
        }
        return new EventDate.Unknown(evidence);
    }
}
