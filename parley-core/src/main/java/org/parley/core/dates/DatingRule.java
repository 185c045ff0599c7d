package org.parley.core.dates;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.parley.core.analysis.ArticleSections;
import org.parley.core.analysis.ArticleSections.Section;
import org.parley.model.DatePrecision;
import org.parley.model.EventDate;
import org.parley.model.EventDate.Basis;
import org.parley.model.PublicationDate;
import org.parley.model.TimeExpression;

/**
 * One way of dating a mention. {@link EventDater} tries its rules in order and the first that
 * answers dates the mention; each rule reads what its Javadoc names. Stateless and thread-safe.
 */
sealed interface DatingRule {

    /** The date this rule gives the mention, or empty to leave it to the next rule. */
    Optional<EventDate> date(DatingRequest r);

    /** The mention's own sentence: its {@link ExpressionSelection chosen} expression, {@link TimexResolution resolved}. */
    record OwnSentence(ExpressionSelection selection, TimexResolution resolution) implements DatingRule {
        @Override
        public Optional<EventDate> date(DatingRequest r) {
            return selection.expressionFor(r, r.sentence(), r.trigger()).map(t -> resolution.resolve(r, t, 0));
        }
    }

    /** The period the mention's own sentence states ("since September 2023, the two sides have ..."). */
    record StatedPeriod(PeriodReading periods) implements DatingRule {
        @Override
        public Optional<EventDate> date(DatingRequest r) {
            return periods.periodFor(r, r.sentence(), r.trigger()).map(p -> p);
        }
    }

    /**
     * The period stated by the sentence that introduces the list the mention stands in
     * ({@link ListItems}: "In the six months since the upgrade, both countries have built on ...
     * including:"). A fact sheet's items inherit the period its lead states for them; news after the
     * list's end does not.
     */
    record ListedUnderPeriod(PeriodReading periods) implements DatingRule {
        @Override
        public Optional<EventDate> date(DatingRequest r) {
            OptionalInt intro = ListItems.introductionOf(r, r.sentence());
            if (intro.isEmpty()) {
                return Optional.empty();
            }
            int k = intro.getAsInt();
            return periods.periodFor(r, k, -1).map(p -> new EventDate.Period(p.start(), p.end(), p.unit(), p.basis(),
                    Stream.concat(Stream.of("listed under sentence " + k + ", which states the period of its items"),
                            p.evidence().stream()).toList()));
        }
    }

    /** A background mention (past context) takes no date from its context or the publication date. */
    record BackgroundStaysUndated() implements DatingRule {
        @Override
        public Optional<EventDate> date(DatingRequest r) {
            return r.background()
                    ? Optional.of(new EventDate.Unknown(List.of("no date in the sentence of this background mention")))
                    : Optional.empty();
        }
    }

    /**
     * The day of the nearest earlier sentence of the section that has one, at most
     * {@link EventDater#CARRY_OVER} sentences back; a heading ({@link ArticleSections}) starts a
     * section, a photo caption is passed over (its date is the picture's), and only a day is carried
     * (a month or a year says too little).
     */
    record CarriedOver(ExpressionSelection selection, TimexResolution resolution) implements DatingRule {
        @Override
        public Optional<EventDate> date(DatingRequest r) {
            for (int k = r.sentence() - 1; k >= Math.max(0, r.sentence() - EventDater.CARRY_OVER); k--) {
                if (r.sections().isHeading(k)) {
                    return Optional.empty();
                }
                if (r.sections().of(k) == Section.CAPTION) {
                    continue;
                }
                Optional<TimeExpression> earlier = selection.expressionFor(r, k, -1);
                if (earlier.isPresent()) {
                    EventDate carried = resolution.resolve(r, earlier.get(), 0);
                    if (carried.precision() != DatePrecision.DAY) {
                        return Optional.empty();
                    }
                    List<String> ev = new ArrayList<>();
                    ev.add("no date in the sentence; carried over from sentence " + k + " ('" + earlier.get().text() + "')");
                    ev.addAll(carried.evidence());
                    return Optional.of(TimexResolution.withEvidence(carried, ev));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The publication day (news reports the latest events), {@link Basis#INFERRED}; for a
     * year-less dateline, with its year {@link YearInference inferred}.
     */
    record PublicationDay(YearInference years) implements DatingRule {

        /** The first weekday the headline or the lead gives: the day of the report's news. */
        private static Optional<TimeExpression> leadWeekday(DatingRequest r) {
            List<Integer> lead = r.sections().lead();
            return r.text().times().stream()
                    .filter(t -> lead.contains(t.sentence()))
                    .filter(t -> TimexValue.parse(t.value()) instanceof TimexValue.Weekday)
                    .findFirst();
        }

        /** How the evidence of a date taken from the publication date begins. */
        static final String NO_DATE_IN_TEXT = "no date in the text; taken as the publication ";

        @Override
        public Optional<EventDate> date(DatingRequest r) {
            PublicationDate published = r.article().published();
            if (published instanceof PublicationDate.Dated d) {
                return Optional.of(new EventDate.ExactDay(d.date(), Basis.INFERRED, List.of(NO_DATE_IN_TEXT
                        + "date " + d.date() + " (news reports the latest events)")));
            }
            if (published instanceof PublicationDate.WithoutYear w) {
                List<String> ev = new ArrayList<>();
                ev.add(NO_DATE_IN_TEXT + "day " + w.monthDay() + " of the dateline '"
                        + w.evidence() + "' (news reports the latest events), whose year is inferred");
                YearlessDay dateline = new YearlessDay(w.monthDay());
                Optional<TimeExpression> peg = leadWeekday(r);
                if (peg.isPresent()) {
                    ev.add("the lead says '" + peg.get().text() + "' (sentence " + peg.get().sentence() + ")");
                    DayOfWeek wd = ((TimexValue.Weekday) TimexValue.parse(peg.get().value())).dayOfWeek();
                    return Optional.of(years.inferDatelineDay(r, dateline, wd, r.sentence(), ev));
                }
                return Optional.of(years.infer(r, dateline, r.sentence(), ev));
            }
            return Optional.empty();
        }
    }
}
