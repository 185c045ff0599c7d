package org.parley.eval.plover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.core.places.Countries;
import org.parley.eval.MatchCounts;

/**
 * Scores a {@link SentenceCoder} on PLOVER gold records.
 *
 * <p>Event type, per record: the gold type is one item; the distinct predicted types are the
 * predictions; a prediction matches when it is the gold type ("a hit when any predicted event has
 * the gold type"). Micro P/R/F1 sums these over records; macro-F1 averages the per-type F1 over
 * the types present in the gold. The confusion lists (gold, predicted) pairs of records the coder
 * missed ({@code NONE} when it predicted nothing), most frequent first; {@link Result#typeMisses} lists
 * every missed record.
 *
 * <p>Countries, per record and role (source, target): the gold items are the distinct ISO
 * countries of the gold actors ({@link GoldActor#country}; IGO, NGO and non-ISO codes do not
 * count), the predictions are the distinct countries of that role over all predicted events. A
 * record PLOVER codes as a joint act (several sources, no target) reads a predicted event of its
 * type with both sides as source ({@link #jointAsPlover}).
 *
 * <p>Type names: the gold set was coded with the 2016 PLOVER draft, whose names the PLOVER 2021
 * manual and Parley's event contract ({@code event.schema.json}) replaced. Before scoring, gold and
 * predicted types are both read in the 2021 names of the CAMEO-to-PLOVER 2021 table
 * ({@link #TYPE_2021}): DEMAND is REQUEST (CAMEO 10), DISAPPROVE is ACCUSE (11), INVESTIGATE is
 * ACCUSE with mode investigate (09), FIGHT is ASSAULT (19). Every coder is scored the same way.
 *
 * <p>Not thread-safe (the coder is called from the calling thread).
 */
public final class PloverRun {

    /** How often records of gold type {@code gold} were coded {@code predicted} and not {@code gold}. */
    public record Confusion(String gold, String predicted, int count) {
    }

    /** Everything measured for one coder. */
    public record Result(String coder, int records, MatchCounts type, Map<String, MatchCounts> perType,
                         double macroF1, List<Confusion> confusion, MatchCounts source, MatchCounts target,
                         double seconds, List<String> problems, List<String> typeMisses,
                         List<String> countryMisses) {
        public Result {
            perType = Map.copyOf(perType);
            confusion = List.copyOf(confusion);
            problems = List.copyOf(problems);
            typeMisses = List.copyOf(typeMisses);
            countryMisses = List.copyOf(countryMisses);
        }
    }

    /** 2016 draft type names → the PLOVER 2021 names Parley emits (CAMEO2PLOVER-2021 table). */
    public static final Map<String, String> TYPE_2021 = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    /** {@code type} upper-cased and, if it is a 2016 draft name, in its 2021 name. */
    public static String type2021(String type) {
        String upper = type.strip().toUpperCase(Locale.ROOT);
        return TYPE_2021.getOrDefault(upper, upper);
    }

    private final Countries countries;

    public PloverRun(Countries countries) {
        this.countries = countries;
    }

    /** Codes every record's text with {@code coder} and scores the result. */
    public Result run(List<PloverRecord> gold, SentenceCoder coder) {
        long start = System.nanoTime();
        List<List<CodedEvent>> predictions = new ArrayList<>(gold.size());
        List<String> problems = new ArrayList<>();
        for (PloverRecord r : gold) {
            try {
                predictions.add(coder.code(r.text()));
            } catch (RuntimeException e) {
                problems.add(r.id() + ": coder " + coder.name() + " failed: " + e);
                predictions.add(List.of());
            }
        }
        Result scored = score(coder.name(), gold, predictions);
        return new Result(scored.coder(), scored.records(), scored.type(), scored.perType(), scored.macroF1(),
                scored.confusion(), scored.source(), scored.target(), (System.nanoTime() - start) / 1e9, problems,
                scored.typeMisses(), scored.countryMisses());
    }

    /** Scores {@code predictions} (one list per gold record, same order). */
    public Result score(String coder, List<PloverRecord> gold, List<List<CodedEvent>> predictions) {
        if (gold.size() != predictions.size()) {
            throw new IllegalArgumentException(gold.size() + " gold records but " + predictions.size() + " predictions");
        }
        MatchCounts type = MatchCounts.ZERO;
        MatchCounts source = MatchCounts.ZERO;
        MatchCounts target = MatchCounts.ZERO;
        Map<String, int[]> perType = new TreeMap<>(); // type -> {matched, predicted, gold}
        Map<String, Integer> confusion = new HashMap<>();
        List<String> typeMisses = new ArrayList<>();
        List<String> countryMisses = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            PloverRecord g = gold.get(i);
            String goldType = type2021(g.event());
            List<CodedEvent> p = jointAsPlover(g, goldType, predictions.get(i));
            Set<String> types = new LinkedHashSet<>();
            p.forEach(e -> types.add(type2021(e.type())));
            boolean hit = types.contains(goldType);
            type = type.plus(new MatchCounts(hit ? 1 : 0, types.size(), 1));
            perType.computeIfAbsent(goldType, t -> new int[3])[2]++;
            for (String t : types) {
                int[] c = perType.computeIfAbsent(t, x -> new int[3]);
                c[1]++;
                if (t.equals(goldType)) {
                    c[0]++;
                }
            }
            if (!hit) {
                typeMisses.add(typeMiss(g, goldType, types));
                if (types.isEmpty()) {
                    confusion.merge(goldType + "\t" + "NONE", 1, Integer::sum);
                }
                types.forEach(t -> confusion.merge(goldType + "\t" + t, 1, Integer::sum));
            }
            source = source.plus(countries(g.sources(), p.stream().flatMap(e -> e.sourceCountries().stream()).toList()));
            target = target.plus(countries(g.targets(), p.stream().flatMap(e -> e.targetCountries().stream()).toList()));
            countryMisses.addAll(countryMisses("source", g, goldType, g.sources(), p, true));
            countryMisses.addAll(countryMisses("target", g, goldType, g.targets(), p, false));
        }
        Map<String, MatchCounts> typeCounts = new TreeMap<>();
        perType.forEach((t, c) -> typeCounts.put(t, new MatchCounts(c[0], c[1], c[2])));
        double macro = typeCounts.values().stream().filter(c -> c.gold() > 0).mapToDouble(MatchCounts::f1)
                .average().orElse(0);
        List<Confusion> top = confusion.entrySet().stream()
                .map(e -> new Confusion(e.getKey().split("\t")[0], e.getKey().split("\t")[1], e.getValue()))
                .sorted(Comparator.comparingInt(Confusion::count).reversed()
                        .thenComparing(Confusion::gold).thenComparing(Confusion::predicted))
                .limit(10).toList();
        return new Result(coder, gold.size(), type, typeCounts, macro, top, source, target, 0, List.of(), typeMisses,
                countryMisses);
    }

    /** One missed record, tab-separated: id, gold type, predicted types (NONE when none), sentence. */
    private static String typeMiss(PloverRecord g, String goldType, Set<String> predicted) {
        return g.id() + "\t" + goldType + "\t" + (predicted.isEmpty() ? "NONE" : String.join(",", predicted)) + "\t"
                + g.text().replace('\t', ' ').replace('\n', ' ');
    }

    /**
     * PLOVER codes a joint act ("Israel and Lebanon renewed negotiations") with all its parties as
     * the source and no target; Parley's contract gives the first party as source and the others as
     * target, for "A and B met" and "A met B" alike. On a record coded as a joint act (two or more
     * source actors, no target country), a predicted event of the record's type is read in PLOVER's
     * form: both its sides as the source.
     */
    private List<CodedEvent> jointAsPlover(PloverRecord g, String goldType, List<CodedEvent> predicted) {
        boolean joint = g.sources().size() > 1 && g.targets().stream().noneMatch(a -> a.country(countries).isPresent());
        if (!joint) {
            return predicted;
        }
        return predicted.stream().map(e -> !type2021(e.type()).equals(goldType) ? e
                : new CodedEvent(e.type(), java.util.stream.Stream.concat(e.sourceCountries().stream(),
                        e.targetCountries().stream()).distinct().toList(), List.of(), e.sides())).toList();
    }

    private MatchCounts countries(List<GoldActor> goldActors, List<String> predicted) {
        Set<String> gold = new LinkedHashSet<>();
        goldActors.forEach(a -> a.country(countries).ifPresent(gold::add));
        Set<String> pred = new LinkedHashSet<>();
        predicted.forEach(c -> pred.add(c.toUpperCase(Locale.ROOT)));
        int matched = (int) pred.stream().filter(gold::contains).count();
        return new MatchCounts(matched, pred.size(), gold.size());
    }

    /** Tab-separated header of {@link Result#countryMisses}. */
    public static final String MISSES_HEADER = "role\tbucket\tid\tgold_type\tmissed\tgold_actors\tpredicted\ttext";

    /**
     * One line per record and role whose gold countries the predictions miss, bucketed: {@code no-event}
     * (nothing predicted), {@code gold-type} (an event of the gold type, without that country on that
     * side) or {@code other-type} (only events of other types); and one, bucket {@code spurious}, per
     * record and role with predicted countries the gold does not have (the {@code missed} column then
     * lists those).
     */
    private List<String> countryMisses(String role, PloverRecord g, String goldType, List<GoldActor> goldActors,
                                List<CodedEvent> p, boolean source) {
        Set<String> predicted = new LinkedHashSet<>();
        p.forEach(e -> (source ? e.sourceCountries() : e.targetCountries())
                .forEach(c -> predicted.add(c.toUpperCase(Locale.ROOT))));
        Set<String> goldCountries = new LinkedHashSet<>();
        goldActors.forEach(a -> a.country(countries).ifPresent(goldCountries::add));
        Set<String> missed = new LinkedHashSet<>(goldCountries);
        missed.removeAll(predicted);
        Set<String> spurious = new LinkedHashSet<>(predicted);
        spurious.removeAll(goldCountries);
        List<String> lines = new ArrayList<>();
        if (!missed.isEmpty()) {
            String bucket = p.isEmpty() ? "no-event"
                    : p.stream().anyMatch(e -> type2021(e.type()).equals(goldType)) ? "gold-type" : "other-type";
            lines.add(missLine(role, bucket, g, goldType, missed, goldActors, p));
        }
        if (!spurious.isEmpty()) {
            lines.add(missLine(role, "spurious", g, goldType, spurious, goldActors, p));
        }
        return lines;
    }

    private static String missLine(String role, String bucket, PloverRecord g, String goldType, Set<String> countries,
                                   List<GoldActor> goldActors, List<CodedEvent> p) {
        StringBuilder gold = new StringBuilder();
        goldActors.forEach(a -> gold.append(gold.isEmpty() ? "" : "; ").append(a.actorText()).append('=').append(a.code()));
        StringBuilder events = new StringBuilder();
        p.forEach(e -> events.append(events.isEmpty() ? "" : " | ").append(type2021(e.type())).append(": ")
                .append(e.sides()));
        return String.join("\t", role, bucket, g.id(), goldType, String.join(",", countries), gold,
                events, g.text().replace('\t', ' ').replace('\n', ' '));
    }

    /** The results side by side, then each coder's per-type scores and confusions. */
    public static String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-10s %7s %7s %7s %7s %8s %9s %9s %7s%n", "coder", "records", "type P",
                "type R", "type F1", "macro F1", "source F1", "target F1", "seconds"));
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "%-10s %7d %7.3f %7.3f %7.3f %8.3f %9.3f %9.3f %7.1f%n", r.coder(),
                    r.records(), r.type().precision(), r.type().recall(), r.type().f1(), r.macroF1(),
                    r.source().f1(), r.target().f1(), r.seconds()));
        }
        for (Result r : results) {
            out.append("\n").append(r.coder()).append(": countries, source ").append(r.source().describe())
                    .append("; target ").append(r.target().describe()).append('\n');
            out.append(r.coder()).append(": per gold type (P R F1, matched/predicted of gold)\n");
            r.perType().forEach((t, c) -> {
                if (c.gold() > 0) {
                    out.append(String.format(Locale.ROOT, "  %-12s %s%n", t, c.describe()));
                }
            });
            out.append(r.coder()).append(": most frequent confusions (gold -> predicted, records)\n");
            r.confusion().forEach(c -> out.append(String.format(Locale.ROOT, "  %-12s -> %-12s %d%n", c.gold(),
                    c.predicted(), c.count())));
            r.problems().forEach(p -> out.append("  problem: ").append(p).append('\n'));
        }
        return out.toString();
    }

    /** One line a script can read. */
    public static String scriptLine(Result r) {
        return String.format(Locale.ROOT,
                "eval: set=plover coder=%s records=%d type_p=%.4f type_r=%.4f type_f1=%.4f macro_f1=%.4f"
                        + " source_f1=%.4f target_f1=%.4f seconds=%.1f source_p=%.4f source_r=%.4f"
                        + " target_p=%.4f target_r=%.4f",
                r.coder(), r.records(), r.type().precision(), r.type().recall(), r.type().f1(), r.macroF1(),
                r.source().f1(), r.target().f1(), r.seconds(), r.source().precision(), r.source().recall(),
                r.target().precision(), r.target().recall());
    }
}
