package org.parley.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.core.dates.EventDater;
import org.parley.model.DatePrecision;
import org.parley.model.EventDate;

/**
 * Dates the acts said during a meeting by the meeting. A report of talks, a call or a visit goes
 * on with what was said there — "Son suggested ...", "the two ministers agreed ...", "Blinken, for
 * his part, affirmed ..." — sentences that carry no date of their own. An act that is news (not
 * background), is no meeting itself, and has no date from its own text (unknown, or only the
 * publication date) takes the date of the article's meeting that shares an actor or an actor's
 * country with it: the nearest such meeting before it, else the nearest after it; an in-person
 * meeting lends its place too when the act has none. The date's evidence says so, then gives the
 * meeting's own evidence. Such an act, and one dated by its own text to the day of a meeting that
 * shares a side with it, is marked as said during that meeting ({@link EventDraft#during()}), so
 * its record can name the meeting's. A meeting whose text gives no date (it has only the
 * publication day) still takes the acts said near it, but lends them no date: which meeting an act
 * belongs to is read from where it is told, not from whether a time tagger marked "in the
 * afternoon" in the meeting's sentence. Reads {@code DATES}, {@code SIDES} and {@code BACKGROUND};
 * adds {@code ANCHORS}.
 */
final class ActAnchoring implements EventPass {

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.DATES, Fact.SIDES, Fact.BACKGROUND), Set.of(Fact.ANCHORS));
    }

    @Override
    public void apply(ArticleEvents article) {
        List<EventDraft> meetings = article.drafts().stream()
                .filter(d -> d.isReportedMeeting() && d.date() != null && d.date().precision() == DatePrecision.DAY)
                .toList();
        if (meetings.isEmpty()) {
            return;
        }
        article.revise(d -> Optional.of(needsAnchor(d) ? anchored(d, meetings) : sameDay(d, meetings)));
    }

    /** An act dated by its own text to the day of a meeting it shares a side with is said there. */
    private static EventDraft sameDay(EventDraft act, List<EventDraft> meetings) {
        if (act.background() || act.isReportedMeeting() || act.date() == null
                || act.date().precision() != DatePrecision.DAY) {
            return act;
        }
        return nearest(act, meetings.stream().filter(m -> m.date().iso().equals(act.date().iso())).toList())
                .map(m -> act.withDuring(m.ref())).orElse(act);
    }

    /** The meeting sharing a side with the act: the nearest before it, else the nearest after it. */
    private static Optional<EventDraft> nearest(EventDraft act, List<EventDraft> meetings) {
        return meetings.stream()
                .filter(m -> m.sides().sharesSideWith(act.sides()))
                .min(Comparator.comparingInt((EventDraft m) -> m.sentence() <= act.sentence() ? 0 : 1)
                        .thenComparingInt(m -> Math.abs(act.sentence() - m.sentence())));
    }

    private static boolean needsAnchor(EventDraft d) {
        return !d.background() && !d.isReportedMeeting() && d.date() != null
                && (d.date().precision() == DatePrecision.UNKNOWN || EventDater.fromPublicationOnly(d.date()));
    }

    private static EventDraft anchored(EventDraft act, List<EventDraft> meetings) {
        Optional<EventDraft> meeting = nearest(act, meetings);
        if (meeting.isEmpty()) {
            return act;
        }
        EventDraft m = meeting.get();
        if (EventDater.fromPublicationOnly(m.date())) {
            // The meeting's day is only the publication's: the act is said there, but that lends no date.
            return act.withDuring(m.ref());
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("said during the " + describe(m) + " of " + m.date().iso() + " (sentence " + m.sentence()
                + ", '" + m.trigger() + "'), which " + shared(act, m));
        evidence.addAll(m.date().evidence());
        EventDraft dated = act.withDate(lent(m.date(), evidence)).withDuring(m.ref());
        boolean inPerson = !"phone".equals(m.coding().mode());
        return inPerson && dated.location() == null && m.location() != null ? dated.withLocation(m.location()) : dated;
    }

    /**
     * The meeting's day, or its days for a meeting told over several ("a visit from September 10 to
     * 11"): an act said during it happened within them.
     */
    private static EventDate lent(EventDate meeting, List<String> evidence) {
        if (meeting instanceof EventDate.Period days) {
            return new EventDate.Period(days.start(), days.end(), days.unit(), EventDate.Basis.INFERRED, evidence);
        }
        return new EventDate.ExactDay(((EventDate.ExactDay) meeting).day(), EventDate.Basis.INFERRED, evidence);
    }

    private static String describe(EventDraft meeting) {
        String mode = meeting.coding().mode();
        return switch (mode == null ? "meeting" : mode) {
            case "phone" -> "phone call";
            case "host" -> "meeting";
            default -> mode == null ? "meeting" : mode;
        };
    }

    private static String shared(EventDraft act, EventDraft meeting) {
        return act.sides().commonActor(meeting.sides()).map(a -> "has " + a.name() + " too")
                .orElse("has a side of the same country");
    }
}
