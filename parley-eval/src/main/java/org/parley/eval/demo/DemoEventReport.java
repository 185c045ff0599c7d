package org.parley.eval.demo;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.eval.demo.DemoEventScores.ActResult;
import org.parley.eval.demo.DemoEventScores.EncounterResult;
import org.parley.eval.demo.DemoEventScores.Flagged;
import org.parley.eval.demo.DemoEventScores.OwnRecord;
import org.parley.model.Actor;
import org.parley.model.Event;

/**
 * {@link DemoEventScores} as text for a developer: the numbers, one row per gold encounter, then
 * every miss and every false record with its sentence, so each line says what to fix.
 */
public final class DemoEventReport {

    private DemoEventReport() {
    }

    public static String text(DemoEventScores s) {
        StringBuilder out = new StringBuilder();
        line(out, "Demo events (demo/gold/events.json): %d encounters, %d acts", s.encounters().size(), s.acts().size());
        line(out, "  encounters  P %.3f  R %.3f  (%d of %d matched; %d predicted)   mode %.3f  date %.3f  place %.3f",
                s.encounterPrecision(), s.encounterRecall(), s.matchedEncounters(), s.encounters().size(),
                s.predictedEncounters(), s.modeAccuracy(), s.dateAccuracy(), s.placeAccuracy());
        line(out, "  acts        P %.3f  R %.3f  (%d of %d matched; %d predicted)   sides %.3f  during %.3f",
                s.actPrecision(), s.actRecall(), s.matchedActs(), s.acts().size(), s.predictedActs(), s.actSides(),
                s.actDuring());
        line(out, "  own records %d: right date %.3f, unknown %.3f; background or planned events as news: %d",
                s.own().size(), s.ownDateRight(), s.ownUnknown(), s.asNews().size());
        line(out, "  records still to come (planned, invited, accepted) %d, of which the gold's planned events: %d",
                s.planned().size(), s.plannedRight().size());
        line(out, "  false conflicts %d, missed conflicts %d, records spanning two stories %d",
                s.falseConflicts().size(), s.missedConflicts().size(), s.spanning().size());
        out.append('\n');
        String row = "%-4s %-5s %-36s %-33s %-22s %-13s %s%n";
        out.append(String.format(Locale.ROOT, row, "ev", "story", "gold", "record", "mode / date", "place", "acts"));
        for (EncounterResult r : s.encounters()) {
            List<ActResult> acts = s.acts().stream().filter(a -> a.encounter().equals(r.gold())).toList();
            String actCells = acts.stream().filter(ActResult::matched).count() + "/" + acts.size()
                    + " (during " + acts.stream().filter(ActResult::duringRight).count() + ")";
            if (!r.matched()) {
                out.append(String.format(Locale.ROOT, row, r.gold().id(), r.gold().story(), gold(r), "MISSED", "", "", actCells));
                continue;
            }
            Event e = r.record();
            out.append(String.format(Locale.ROOT, row, r.gold().id(), r.gold().story(), gold(r),
                    e.id() + (r.byName() ? "" : " (by country)"),
                    mark(r.modeRight()) + (e.mode() == null ? "-" : e.mode()) + " " + mark(r.dateRight()) + e.date().iso(),
                    mark(r.placeRight()) + (e.location() == null ? "-" : e.location().name()), actCells));
        }
        section(out, "Encounters missed or wrong");
        for (EncounterResult r : s.encounters()) {
            if (!r.matched()) {
                line(out, "  MISSED %s, reported by %s", r.gold().label(), r.gold().reportedBy());
            } else if (!r.modeRight() || !r.dateRight() || !r.placeRight()) {
                line(out, "  %s: gold %s; %s", r.gold().id(), r.gold().label(), record(r.record()));
            }
        }
        section(out, "Acts missed, with wrong sides or not linked to their encounter");
        for (ActResult a : s.acts()) {
            String act = a.encounter().id() + " " + a.act().type() + " " + String.join(",", a.act().source()) + " -> "
                    + String.join(",", a.act().target()) + " (" + a.act().what() + ")";
            if (!a.matched()) {
                line(out, "  MISSED %s: %s", act, a.act().saidIn().stream()
                        .map(ref -> ref.doc() + " \"" + ref.starts() + "\"").collect(Collectors.joining("; ")));
            } else if (!a.sidesRight() || !a.duringRight()) {
                line(out, "  %s%s %s; during=%s", a.sidesRight() ? "" : "SIDES ", act, record(a.record()),
                        a.record().during());
            }
        }
        flagged(out, "False records (match no encounter or act)", s.falseRecords());
        flagged(out, "Background or planned events recorded as news", s.asNews());
        flagged(out, "Planned events recorded as planned", s.plannedRight());
        section(out, "Own records with a wrong date");
        for (OwnRecord o : s.own()) {
            if (o.expected() != null && !o.dateRight()) {
                line(out, "  expected %s (%s): %s", o.expected(), o.why(), record(o.record()));
            }
        }
        flagged(out, "False conflicts", s.falseConflicts());
        section(out, "Missed conflicts");
        s.missedConflicts().forEach(m -> line(out, "  %s", m));
        none(out, s.missedConflicts());
        flagged(out, "Records spanning two stories", s.spanning());
        if (!s.unknownSentences().isEmpty()) {
            section(out, "Gold sentences not found in the corpus (fix the gold)");
            s.unknownSentences().forEach(u -> line(out, "  %s", u));
        }
        return out.toString();
    }

    private static String gold(EncounterResult r) {
        return r.gold().type() + (r.gold().mode().isEmpty() ? "" : "/" + String.join("|", r.gold().mode())) + " "
                + r.gold().date().value();
    }

    /** A record on one line, then each of its sentences. */
    static String record(Event e) {
        StringBuilder out = new StringBuilder(e.id() + " " + e.type() + (e.mode() == null ? "" : "/" + e.mode()) + " "
                + e.date().iso() + (e.location() == null ? "" : " @" + e.location().name()) + " " + names(e.source())
                + " -> " + names(e.target()));
        e.mentions().forEach(m -> out.append("\n        ").append(m.evidence().doc()).append(": ")
                .append(m.evidence().text()));
        return out.toString();
    }

    private static String names(List<Actor> actors) {
        return actors.stream().map(Actor::name).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String mark(boolean right) {
        return right ? "" : "✗";
    }

    private static void flagged(StringBuilder out, String title, List<Flagged> records) {
        section(out, title);
        records.forEach(f -> line(out, "  [%s] %s", f.why(), record(f.record())));
        none(out, records);
    }

    private static void none(StringBuilder out, List<?> items) {
        if (items.isEmpty()) {
            out.append("  none\n");
        }
    }

    private static void section(StringBuilder out, String title) {
        out.append('\n').append("== ").append(title).append('\n');
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
