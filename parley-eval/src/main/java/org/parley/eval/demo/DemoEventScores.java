package org.parley.eval.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.parley.eval.demo.DemoGold.Act;
import org.parley.eval.demo.DemoGold.Encounter;
import org.parley.model.Event;

/**
 * What {@link DemoEventScorer} found: each gold encounter and act with the record matched to it (or
 * none), the records that match nothing, and the checks on dates, conflicts and stories; the
 * numbers are computed from these lists.
 *
 * @param encounters          every gold encounter, with its record or null
 * @param acts                every gold act, with its record or null
 * @param predictedEncounters non-background CONSULT records, plus records matched to an encounter of another type
 * @param predictedActs       the other non-background records
 * @param falseRecords        non-background records that match no encounter or act, and why
 * @param asNews              non-background records of a background or planned event only, and which
 *                            (a record still to come of a planned event is not among them)
 * @param planned             non-background records still to come (status planned, invited or accepted)
 * @param plannedRight        those of them whose sentences the gold lists as planned, and which
 * @param own                 the other non-background records with the date they should carry
 * @param falseConflicts      conflicts where the gold has none
 * @param missedConflicts     gold conflicts missing on their encounter's record
 * @param spanning            records whose mentions come from two gold stories
 * @param unknownSentences    gold sentences not found in the corpus (a typo in the gold)
 */
public record DemoEventScores(List<EncounterResult> encounters, List<ActResult> acts, int predictedEncounters,
                              int predictedActs, List<Flagged> falseRecords, List<Flagged> asNews,
                              List<Event> planned, List<Flagged> plannedRight, List<OwnRecord> own, List<Flagged> falseConflicts, List<String> missedConflicts,
                              List<Flagged> spanning, List<String> unknownSentences) {

    /** A gold encounter and the record matched to it ({@code byName}: every person named, not covered by country). */
    public record EncounterResult(Encounter gold, Event record, boolean byName) {
        public boolean matched() {
            return record != null;
        }

        public boolean modeRight() {
            return matched() && (gold.mode().isEmpty() ? record.mode() == null : gold.mode().contains(record.mode()));
        }

        public boolean dateRight() {
            return matched() && gold.date().value().equals(record.date().iso());
        }

        public boolean placeRight() {
            if (!matched()) {
                return false;
            }
            if (gold.place() == null || record.location() == null) {
                return gold.place() == null && record.location() == null;
            }
            return plain(record.location().name()).startsWith(plain(gold.place()));
        }
    }

    /** A gold act, its encounter and the record matched to it. */
    public record ActResult(Encounter encounter, Act act, Event record, boolean sidesRight, boolean duringRight) {
        public boolean matched() {
            return record != null;
        }
    }

    /** A record and what is wrong with it. */
    public record Flagged(Event record, String why) {
    }

    /** A record of the corpus's own events and the date it should carry (null when the gold gives none). */
    public record OwnRecord(Event record, String expected, String why) {
        public boolean dateRight() {
            return Objects.equals(expected, record.date().iso());
        }
    }

    public DemoEventScores {
        encounters = List.copyOf(encounters);
        acts = List.copyOf(acts);
        falseRecords = List.copyOf(falseRecords);
        asNews = List.copyOf(asNews);
        planned = List.copyOf(planned);
        plannedRight = List.copyOf(plannedRight);
        own = List.copyOf(own);
        falseConflicts = List.copyOf(falseConflicts);
        missedConflicts = List.copyOf(missedConflicts);
        spanning = List.copyOf(spanning);
        unknownSentences = List.copyOf(unknownSentences);
    }

    public long matchedEncounters() {
        return count(encounters, EncounterResult::matched);
    }

    public double encounterPrecision() {
        return ratio(matchedEncounters(), predictedEncounters);
    }

    public double encounterRecall() {
        return ratio(matchedEncounters(), encounters.size());
    }

    public double modeAccuracy() {
        return ratio(count(encounters, EncounterResult::modeRight), matchedEncounters());
    }

    public double dateAccuracy() {
        return ratio(count(encounters, EncounterResult::dateRight), matchedEncounters());
    }

    public double placeAccuracy() {
        return ratio(count(encounters, EncounterResult::placeRight), matchedEncounters());
    }

    public long matchedActs() {
        return count(acts, ActResult::matched);
    }

    public double actPrecision() {
        return ratio(matchedActs(), predictedActs);
    }

    public double actRecall() {
        return ratio(matchedActs(), acts.size());
    }

    public double actSides() {
        return ratio(count(acts, ActResult::sidesRight), matchedActs());
    }

    public double actDuring() {
        return ratio(count(acts, ActResult::duringRight), matchedActs());
    }

    /** Share of own records dated as the gold says, over those the gold dates. */
    public double ownDateRight() {
        List<OwnRecord> dated = own.stream().filter(o -> o.expected() != null).toList();
        return ratio(count(dated, OwnRecord::dateRight), dated.size());
    }

    public double ownUnknown() {
        return ratio(count(own, o -> o.record().date().iso() == null), own.size());
    }

    /** One line for scripts. */
    public String scriptLine(double seconds) {
        return String.format(Locale.ROOT, "eval: set=demo encounters=%d matched=%d predicted=%d encounter_p=%.3f"
                        + " encounter_r=%.3f mode=%.3f date=%.3f place=%.3f acts=%d acts_matched=%d acts_predicted=%d"
                        + " act_p=%.3f act_r=%.3f act_sides=%.3f act_during=%.3f own=%d own_date=%.3f own_unknown=%.3f"
                        + " as_news=%d planned=%d/%d false_conflicts=%d missed_conflicts=%d spanning=%d seconds=%.1f",
                encounters.size(), matchedEncounters(), predictedEncounters, encounterPrecision(), encounterRecall(),
                modeAccuracy(), dateAccuracy(), placeAccuracy(), acts.size(), matchedActs(), predictedActs,
                actPrecision(), actRecall(), actSides(), actDuring(), own.size(), ownDateRight(), ownUnknown(),
                asNews.size(), planned.size(), plannedRight.size(), falseConflicts.size(), missedConflicts.size(),
                spanning.size(), seconds);
    }

    private static <T> long count(List<T> items, Predicate<T> test) {
        return items.stream().filter(test).count();
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** A place name without accents, in lower case ("Brasília" and "Brasilia" compare equal). */
    static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
