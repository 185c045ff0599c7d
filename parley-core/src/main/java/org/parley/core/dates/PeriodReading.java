package org.parley.core.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.analysis.CueWords;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.DatePrecision;
import org.parley.model.EventDate;
import org.parley.model.EventDate.Basis;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;

/**
 * The period a sentence states for the actions it summarises, read from SUTime's values: "since
 * September 2023" and "since the upgrade in September 2023" (to the publication day), "the past six
 * months" or "the six months since ..." ({@code P6M} back from the publication day), "from January
 * to March" and "between 2021 and 2023" (two expressions joined by to/until/and). No date grammar of
 * its own: only the resolved values of {@link TimexValue} and durations {@code PnD|W|M|Y} ({@link TimexDuration}) are read,
 * with the words of {@code dating-words.tsv}. "The first visit since 2016" counts years and states
 * no period, and a reporting verb ("said") is a moment, not a period. Stateless and thread-safe.
 */
final class PeriodReading {

    /** "the past years": SUTime writes one year for a plural with no number, which names no extent. */
    private static final Pattern VAGUE_PLURAL = Pattern.compile("(?i)^(?:the\\s+)?(?:"
            + DatingWords.alternatives("period_back") + ")\\s+(?:days|weeks|months|years)$");
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\b(?:" + DatingWords.alternatives("period_since")
            + ")\\s+(?:(?:the\\s+)?|[^,;:.()]{0,80}?\\s+in\\s+)$");
    private static final Pattern BACK_WORD = Pattern.compile("(?i)\\b(?:" + DatingWords.alternatives("period_back") + ")\\b");
    private static final Pattern BACK_BEFORE = Pattern.compile("(?i)\\b(?:" + DatingWords.alternatives("period_back")
            + ")\\s+$");
    private static final Pattern SINCE_AFTER = Pattern.compile("(?i)^\\s+(?:" + DatingWords.alternatives("period_since") + ")\\b");
    private static final Pattern OPENER_BEFORE = Pattern.compile("(?i)\\b(?:" + DatingWords.alternatives("range_openers")
            + ")\\s+(?:the\\s+)?$");
    private static final Pattern JOINER_BETWEEN = Pattern.compile("(?i)^\\s*(?:" + DatingWords.alternatives("range_joiners")
            + ")\\s*(?:the\\s+)?$");
    private static final Pattern COUNT_SINCE = Pattern.compile("(?i)\\b(?:" + DatingWords.alternatives("count_since")
            + ")\\b.*\\b(?:" + DatingWords.alternatives("period_since") + ")\\b");
    /** Words opening a phrase whose noun names the start or extent of a period. */
    private static final Set<String> OPENERS = Set.copyOf(DatingWords.of("period_openers"));
    private static final Pattern FULL_YEAR = Pattern.compile("\\b\\d{4}\\b");

    /** A period a sentence states, with the expressions that bound it and where its "since" stands (or -1). */
    private record Reading(EventDate.Period period, List<TimeExpression> bounds, int since) {
    }

    /**
     * Whether {@code t} bounds a period its sentence states, so it dates no point of an action; the
     * verb of a "since" clause itself ("since she took office in September": took) keeps it.
     */
    boolean isBound(DatingRequest r, TimeExpression t, int trigger) {
        Sentence s = r.text().sentences().get(t.sentence());
        int at = trigger >= 0 && trigger < s.tokens().size() ? s.tokens().get(trigger).span().begin() : -1;
        return readings(r, t.sentence()).stream().anyMatch(g -> g.bounds().contains(t)
                && !(g.since() >= 0 && at >= g.since() && at < t.span().begin()));
    }

    /** The period sentence {@code index} states for the action of {@code trigger} (any action when -1). */
    Optional<EventDate.Period> periodFor(DatingRequest r, int index, int trigger) {
        Sentence s = r.text().sentences().get(index);
        if (trigger >= 0 && trigger < s.tokens().size()
                && CueWords.reportingForms().contains(s.tokens().get(trigger).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return readings(r, index).stream()
                .filter(g -> trigger < 0 || !ofANoun(s, r.graph(index), g.bounds().get(0)))
                .map(Reading::period).findFirst();
    }

    private List<Reading> readings(DatingRequest r, int index) {
        if (COUNT_SINCE.matcher(r.sentenceText(index)).find()) {
            return List.of();
        }
        Sentence s = r.text().sentences().get(index);
        List<TimeExpression> times = r.text().times().stream().filter(t -> t.sentence() == index).toList();
        List<Reading> out = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            read(r, s, times, i).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Reading> read(DatingRequest r, Sentence s, List<TimeExpression> times, int i) {
        TimeExpression t = times.get(i);
        String before = r.clean().substring(s.span().begin(), Math.max(s.span().begin(), t.span().begin()));
        String after = r.clean().substring(Math.min(t.span().end(), s.span().end()), s.span().end());
        Optional<LocalDate> published = r.article().published().localDate();
        Optional<TimexDuration> duration = TimexDuration.parse(t.value());
        if (duration.isPresent() && published.isPresent() && !VAGUE_PLURAL.matcher(t.text()).find()
                && (BACK_WORD.matcher(t.text()).find() || BACK_BEFORE.matcher(before).find()
                || SINCE_AFTER.matcher(after).find())) {
            LocalDate end = published.get();
            LocalDate start = end.minus(duration.get().period());
            return Optional.of(new Reading(new EventDate.Period(start, end, duration.get().precision(), Basis.RELATIVE, List.of(
                    quote(t) + " (" + t.value() + ") is a period back from the publication date " + end)), List.of(t), -1));
        }
        Optional<Bound> from = Bound.of(t);
        if (from.isEmpty()) {
            return Optional.empty();
        }
        if (OPENER_BEFORE.matcher(before).find() && i + 1 < times.size()) {
            TimeExpression next = times.get(i + 1);
            Optional<Bound> to = Bound.of(next);
            String between = r.clean().substring(t.span().end(), Math.max(t.span().end(), next.span().begin()));
            if (to.isPresent() && JOINER_BETWEEN.matcher(between).matches() && !to.get().last.isBefore(from.get().first)) {
                boolean stated = FULL_YEAR.matcher(t.text() + " " + next.text()).find();
                return Optional.of(new Reading(new EventDate.Period(from.get().first, to.get().last,
                        coarser(from.get().precision, to.get().precision), stated ? Basis.STATED : Basis.RELATIVE,
                        List.of(quote(t) + " to '" + next.text() + "' bound a period: " + t.value() + ".." + next.value())),
                        List.of(t, next), -1));
            }
        }
        Matcher since = SINCE_BEFORE.matcher(before);
        if (since.find() && published.isPresent() && !published.get().isBefore(from.get().first)) {
            String why = quote(t) + " after 'since' starts a period (" + t.value() + ") that runs to the publication date "
                    + published.get();
            return Optional.of(new Reading(new EventDate.Period(from.get().first, published.get(), from.get().precision,
                    Basis.RELATIVE, List.of(why)), List.of(t), s.span().begin() + since.start()));
        }
        return Optional.empty();
    }

    /**
     * Whether the parse hangs the expression on a noun ("ties since 2021": the ties' period, not the
     * action's); a noun that "since", "from" or "over" opens ("since the upgrade in September 2023") is
     * passed up to what it hangs on. Without a parse, false.
     */
    private static boolean ofANoun(Sentence s, DependencyGraph g, TimeExpression t) {
        int[] range = ExpressionSelection.tokensOf(s, t.span());
        if (range == null || s.dependencies().isEmpty()) {
            return false;
        }
        int node = range[1];
        while (g.governor(node) >= range[0] && g.governor(node) <= range[1]) {
            node = g.governor(node);
        }
        for (int depth = 0; depth < 6; depth++) {
            int head = g.governor(node);
            if (head < 0 || !g.isNoun(head)) {
                return false;
            }
            String opener = g.caseWord(head);
            if (opener == null || !OPENERS.contains(opener.toLowerCase(Locale.ROOT))) {
                return true;
            }
            node = head;
        }
        return false;
    }

    private static String quote(TimeExpression t) {
        return "'" + t.text() + "' (sentence " + t.sentence() + ")";
    }

    private static DatePrecision coarser(DatePrecision a, DatePrecision b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One end of a period: the first and last day a resolved expression names, and its precision. */
    private record Bound(LocalDate first, LocalDate last, DatePrecision precision) {
        static Optional<Bound> of(TimeExpression t) {
            TimexValue v = TimexValue.parse(t.value());
            if (v instanceof TimexValue.Day d) {
                return Optional.of(new Bound(d.day(), d.day(), DatePrecision.DAY));
            }
            if (v instanceof TimexValue.MonthOfYear m) {
                return Optional.of(new Bound(m.month().atDay(1), m.month().atEndOfMonth(), DatePrecision.MONTH));
            }
            if (v instanceof TimexValue.Year y) {
                return Optional.of(new Bound(LocalDate.of(y.year(), 1, 1), LocalDate.of(y.year(), 12, 31), DatePrecision.YEAR));
            }
            return Optional.empty();
        }
    }
}
