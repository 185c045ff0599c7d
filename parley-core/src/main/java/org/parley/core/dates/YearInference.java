package org.parley.core.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.parley.core.kb.DateRange;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EventDate;
import org.parley.model.EventDate.Basis;
import org.parley.model.PublicationDate;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;

/**
 * The year of a day written without one ({@code XXXX-05-28}), {@link Basis#INFERRED} from, in
 * order: (a) the participants' {@link Tenures} in the offices their titles name (they overlap, and end no
 * later than the publication date, or the horizon when there is none); (b) the article's
 * present-year {@link YearClues} (an anniversary "this year"), then (c) its bounds ("since April
 * 2021"); (d) a weekday written with the date. One remaining year decides; else the most recent
 * one before a known publication date; else a weekday check against a year-less dateline ("said
 * on Wednesday"); else {@link EventDate.Unknown} listing the candidates. Every step adds a line
 * of evidence. Immutable and thread-safe.
 */
final class YearInference {

    private final Tenures tenures;
    private final YearClues yearClues;
    private final LocalDate horizon;

    /**
     * @param horizon the last day an event can be on when the article gives no publication date
     */
    YearInference(Tenures tenures, YearClues yearClues, LocalDate horizon) {
        this.tenures = Objects.requireNonNull(tenures, "tenures");
        this.yearClues = Objects.requireNonNull(yearClues, "yearClues");
        this.horizon = Objects.requireNonNull(horizon, "horizon");
    }

    /** The date of {@code day} in the mention's sentence {@code sentence}; {@code ev} is the evidence so far, extended. */
    EventDate infer(DatingRequest r, YearlessDay day, int sentence, List<String> ev) {
        return infer(r, day, null, false, sentence, ev);
    }

    /**
     * The date of an event the report puts on {@code weekday} alone ("met on Thursday"), in a
     * report datelined {@code dateline} without a year. News reports the latest events: the weekday
     * is the dateline's day, else the day before (a report filed after midnight). The year is
     * inferred as for a day written without one, and must put the weekday on one of those days.
     */
    EventDate inferWeekday(DatingRequest r, YearlessDay dateline, DayOfWeek weekday, int sentence, List<String> ev) {
        return infer(r, dateline, weekday, true, sentence, ev);
    }

    /**
     * The dateline's own day in a report datelined without a year, whose lead puts its news on
     * {@code leadWeekday}: the year must make the dateline that weekday or the day after it.
     */
    EventDate inferDatelineDay(DatingRequest r, YearlessDay dateline, DayOfWeek leadWeekday, int sentence,
                               List<String> ev) {
        return infer(r, dateline, leadWeekday, false, sentence, ev);
    }

    private EventDate infer(DatingRequest r, YearlessDay day, DayOfWeek weekday, boolean weekdayIsTheEvents,
                            int sentence, List<String> ev) {
        // (a) tenures of the participants in the offices their titles name
        List<DateRange> ranges = new ArrayList<>();
        for (Participant p : r.participants()) {
            Actor a = p.actor();
            if (a.kind() != ActorKind.PERSON) {
                continue;
            }
            Optional<DateRange> tenure = tenures.of(p);
            if (tenure.isPresent()) {
                ranges.add(tenure.get());
                DateRange t = tenure.get();
                ev.add(a.name() + " was " + (a.role() == null ? "in office" : a.role()) + " from " + t.start()
                        + (t.isOpen() ? " (still in office)" : " to " + t.end()));
            } else {
                ev.add("no known tenure for " + a.name() + (a.role() == null ? "" : " as " + a.role()));
            }
        }
        PublicationDate published = r.article().published();
        LocalDate last = published.localDate().orElse(horizon);
        Integer lowest = null;
        int highest = last.getYear();
        Set<Integer> candidates = new LinkedHashSet<>();
        if (!ranges.isEmpty()) {
            Optional<DateRange> overlap = DateRange.intersectAll(ranges);
            if (overlap.isEmpty()) {
                ev.add("the tenures do not overlap: the participants cannot have met in office");
                return new EventDate.Unknown(ev);
            }
            DateRange o = overlap.get();
            LocalDate end = o.isOpen() || o.end().isAfter(last) ? last : o.end();
            if (end.isBefore(o.start())) {
                ev.add("the tenures overlap only after " + last);
                return new EventDate.Unknown(ev);
            }
            candidates.addAll(new DateRange(o.start(), end).candidateYears(day.monthDay(), end));
            ev.add((ranges.size() > 1 ? "tenures overlap " : "tenure ") + o.start() + ".." + end
                    + ": " + day + " falls in " + years(candidates));
            lowest = o.start().getYear();
        }
        if (published instanceof PublicationDate.Dated d) {
            ev.add("published " + d.date() + ": the event is no later");
        }
        // (b), (c) the article's year clues
        Set<String> countries = r.actors().stream().map(Actor::country).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<YearClue> clues = yearClues.find(r.clean(), r.text(), countries);
        for (YearClue c : clues.stream().filter(c -> c.kind() == YearClue.Kind.PRESENT_YEAR).toList()) {
            if (candidates.isEmpty() && lowest == null) {
                if (c.lowest() <= highest && day.in(c.lowest()) != null && !day.in(c.lowest()).isAfter(last)) {
                    candidates.add(c.lowest());
                    lowest = c.lowest();
                    ev.add(c.reason() + "; a date written without a year is in that year: " + c.lowest());
                }
                continue;
            }
            filter(candidates, c::allows, ev, c.reason() + "; a date written without a year is in that year");
        }
        if (candidates.isEmpty() && lowest == null) {
            ev.add("nothing bounds the year");
            clues.stream().filter(c -> c.kind() == YearClue.Kind.WEAK).forEach(c -> ev.add(c.reason()));
            return new EventDate.Unknown(ev);
        }
        for (YearClue c : clues.stream().filter(c -> c.kind() == YearClue.Kind.BOUND).toList()) {
            filter(candidates, c::allows, ev, c.reason());
        }
        // (d) weekdays written with the date in the event's sentence
        weekdayWithDate(r, day, sentence).ifPresent(wd -> filter(candidates, y -> day.in(y).getDayOfWeek() == wd,
                ev, "'" + YearlessDay.name(wd) + "' is written with " + day));
        clues.stream().filter(c -> c.kind() == YearClue.Kind.WEAK).forEach(c -> ev.add(c.reason()));
        int daysBefore = 0;
        if (weekday != null) {
            OptionalInt shift = weekdayShift(day, weekday, candidates, ev);
            if (shift.isEmpty() && weekdayIsTheEvents) {
                return new EventDate.Unknown(ev);
            }
            daysBefore = weekdayIsTheEvents ? shift.getAsInt() : 0;
        }
        if (candidates.size() == 1) {
            int y = candidates.iterator().next();
            ev.add("year inferred: " + y + " (the only year consistent with the evidence)");
            return new EventDate.ExactDay(day.in(y).minusDays(daysBefore), Basis.INFERRED, ev);
        }
        if (candidates.isEmpty()) {
            ev.add("no year is consistent with the evidence");
            return new EventDate.Unknown(ev);
        }
        // (e) several years remain: the most recent before a known publication date
        if (published instanceof PublicationDate.Dated) {
            int y = candidates.stream().max(Integer::compare).orElseThrow();
            ev.add("year inferred: " + y + ", the most recent of " + years(candidates)
                    + " not after the publication date");
            return new EventDate.ExactDay(day.in(y).minusDays(daysBefore), Basis.INFERRED, ev);
        }
        // (d) soft: a year-less dateline whose weekday the text gives ("said on Wednesday")
        if (published instanceof PublicationDate.WithoutYear w && weekday == null) {
            Optional<Integer> year = datelineWeekdayYear(r, w, day, sentence, candidates, ev);
            if (year.isPresent()) {
                return new EventDate.ExactDay(day.in(year.get()), Basis.INFERRED, ev);
            }
        }
        ev.add("candidate years " + years(candidates) + ": nothing decides between them");
        return new EventDate.Unknown(ev);
    }

    /** The one candidate year in which a year-less dateline falls on the weekday the report gives, if any. */
    private static Optional<Integer> datelineWeekdayYear(DatingRequest r, PublicationDate.WithoutYear w, YearlessDay day,
                                                         int sentence, Set<Integer> candidates, List<String> ev) {
        Optional<DayOfWeek> reported = reportingWeekday(r, sentence);
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        DayOfWeek wd = reported.get();
        int shift = w.monthDay().isBefore(day.monthDay()) ? 1 : 0;  // a dateline in January after a December event
        List<Integer> fit = candidates.stream().filter(y -> w.monthDay().isValidYear(y + shift)
                && w.monthDay().atYear(y + shift).getDayOfWeek() == wd).toList();
        if (fit.size() != 1) {
            return Optional.empty();
        }
        ev.add("the report is dated " + w.monthDay() + " and says '" + YearlessDay.name(wd) + "': of "
                + years(candidates) + " only " + fit.get(0) + " has " + w.monthDay() + " on a " + YearlessDay.name(wd));
        ev.add("year inferred: " + fit.get(0));
        return Optional.of(fit.get(0));
    }

    /**
     * Keeps the candidate years in which the dateline's day is the event's weekday, else those in
     * which the day before is; the days to go back from the dateline, or empty when neither fits.
     */
    private static OptionalInt weekdayShift(YearlessDay dateline, DayOfWeek weekday, Set<Integer> candidates,
                                            List<String> ev) {
        String said = "the report datelined " + dateline + " puts its news on a " + YearlessDay.name(weekday);
        for (int back = 0; back <= 1; back++) {
            int b = back;
            Set<Integer> fit = candidates.stream().filter(y -> dateline.in(y) != null
                    && dateline.in(y).minusDays(b).getDayOfWeek() == weekday).collect(Collectors.toCollection(LinkedHashSet::new));
            if (!fit.isEmpty()) {
                ev.add(said + ": " + (back == 0 ? dateline + " itself" : "the day before " + dateline) + " is a "
                        + YearlessDay.name(weekday) + " in " + years(fit) + (fit.size() < candidates.size()
                        ? " of " + years(candidates) : ""));
                candidates.retainAll(fit);
                return OptionalInt.of(back);
            }
        }
        ev.add(said + ", and neither that day nor the day before is one in " + years(candidates));
        return OptionalInt.empty();
    }

    private static void filter(Set<Integer> candidates, IntPredicate keep, List<String> ev, String reason) {
        Set<Integer> kept = candidates.stream().filter(keep::test).collect(Collectors.toCollection(LinkedHashSet::new));
        if (kept.isEmpty()) {
            ev.add(reason + " — contradicts the other evidence, ignored");
        } else if (kept.size() == candidates.size()) {
            ev.add(reason + " — consistent");
        } else {
            candidates.retainAll(kept);
            ev.add(reason + " — leaves " + years(candidates));
        }
    }

    /** A weekday expression written next to the date ("on Tuesday, May 28"). */
    private static Optional<DayOfWeek> weekdayWithDate(DatingRequest r, YearlessDay day, int sentence) {
        List<TimeExpression> inSentence = r.text().times().stream().filter(t -> t.sentence() == sentence).toList();
        String clean = r.clean();
        for (TimeExpression w : inSentence) {
            if (!(TimexValue.parse(w.value()) instanceof TimexValue.Weekday wd)) {
                continue;
            }
            for (TimeExpression d : inSentence) {
                if (TimexValue.parse(d.value()) instanceof TimexValue.YearlessDay y && y.monthDay().equals(day.monthDay())) {
                    int gapStart = Math.min(w.span().end(), d.span().end());
                    int gapEnd = Math.max(w.span().begin(), d.span().begin());
                    if (gapEnd >= gapStart && clean.substring(gapStart, gapEnd).matches("[\\s,]{0,3}")) {
                        return Optional.of(wd.dayOfWeek());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A weekday of a reporting clause ("the ministry said on Wednesday") in the sentence. */
    private static Optional<DayOfWeek> reportingWeekday(DatingRequest r, int sentence) {
        Sentence s = r.text().sentences().get(sentence);
        for (TimeExpression t : r.text().times()) {
            if (t.sentence() == sentence && TimexValue.parse(t.value()) instanceof TimexValue.Weekday wd) {
                int[] range = ExpressionSelection.tokensOf(s, t.span());
                if (range != null && ExpressionSelection.reportedBy(s, range[0])) {
                    return Optional.of(wd.dayOfWeek());
                }
            }
        }
        return Optional.empty();
    }

    private static String years(Set<Integer> years) {
        return years.isEmpty() ? "no year" : years.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
