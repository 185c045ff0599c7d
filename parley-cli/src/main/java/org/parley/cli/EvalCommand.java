package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.coding.CodingDictionaries;
import org.parley.core.places.Countries;
import org.parley.eval.Bench;
import org.parley.eval.CoderRegistry;
import org.parley.eval.demo.DemoEventReport;
import org.parley.eval.demo.DemoEventsRun;
import org.parley.eval.demo.DemoGold;
import org.parley.eval.demo.DemoRelationsGold;
import org.parley.eval.ecb.EcbClusteringRun;
import org.parley.eval.ecb.EcbCorefRun;
import org.parley.eval.petrarch.DictionaryRecordCoder;
import org.parley.eval.petrarch.PetrarchRecordReader;
import org.parley.eval.petrarch.PetrarchRun;
import org.parley.eval.petrarch.RecordCoder;
import org.parley.eval.plover.PloverGoldReader;
import org.parley.eval.plover.PloverRun;
import org.parley.eval.plover.SentenceCoder;
import org.parley.eval.tempeval.TempEvalRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley eval tempeval|plover|petrarch|ecb|demo}: measures Parley against public gold data and prints
 * a table plus one {@code eval: set=... key=value ...} line per run for scripts.
 *
 * <p>Exit codes: 0 measured; 2 usage error (unknown set or coder); 3 nothing measured because the
 * gold data is absent (the message names the folder looked at).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures accuracy against public gold data (../shared/bench) and prints the numbers.",
                "  tempeval  TempEval-3 dev (TimeBank+AQUAINT): time expression extraction and normalization",
                "  plover    PLOVER gold records: event type and source/target countries",
                "  petrarch  PETRARCH validation records: CAMEO event codes (with --dictionaries: also actor triples)",
                "  demo      the demo corpus's written gold (demo/gold/events.json, relations.json): encounters, acts, dates,"
                        + " conflicts; the main pair's relationship card"},
        footer = {"", "Each run also prints a line 'eval: set=... coder=... key=value ...' for scripts.",
                "Exit codes: 0 measured; 2 usage error; 3 gold data absent (nothing measured)."})
final class EvalCommand implements Callable<Integer> {

    enum GoldSet { tempeval, plover, petrarch, ecb, demo }

    @Parameters(index = "0", paramLabel = "SET", description = "tempeval, plover, petrarch, ecb (story clustering and event"
            + " coreference on ECB+ dev) or demo (events of the demo corpus against demo/gold/events.json).")
    GoldSet set;

    @Option(names = "--bench", paramLabel = "DIR",
            description = "The gold data folder (default: <parley.shared>/bench, else ../shared/bench).")
    Path bench;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "0",
            description = "tempeval: score only the first N documents (default: all).")
    int docs;

    @Option(names = "--coder", paramLabel = "NAME", defaultValue = CoderRegistry.ALL,
            description = "plover, petrarch: the coder to measure (baseline, ..., or all; default: ${DEFAULT-VALUE}).")
    String coder;

    @Option(names = "--dictionaries", paramLabel = "suite|phoenix|DIR",
            description = "petrarch: also measure the dictionary coder (coder name 'dictionaries') with PETRARCH-format"
                    + " dictionaries: suite (the records' own), phoenix (<bench>/phoenix-dictionaries) or a folder.")
    String dictionaries;

    @Option(names = "--config", paramLabel = "NAME", defaultValue = "all",
            description = "tempeval: parley-default, {sutime|heideltime|both}-{cued|all-sentences} or all"
                    + " (default: ${DEFAULT-VALUE}).")
    String config;

    @Option(names = "--timex", paramLabel = "sutime|heideltime|both",
            description = "tempeval: measure only the configurations with this time tagger (default: every tagger).")
    String timex;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "tempeval: write each configuration's differences with the gold (missed, spurious, value,"
                    + " type; tab-separated) to FILE, the configuration's name before the extension. plover: write"
                    + " each coder's missed records (id, gold type, predicted types, sentence) the same way."
                    + " ecb: write parley-coref's wrongly merged and split event chains to FILE.")
    Path errors;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "plover: write each coder's missed gold countries (per record and role, bucketed: no-event,"
                    + " gold-type, other-type; and the predicted countries the gold lacks, bucket spurious;"
                    + " tab-separated) to FILE, the coder's name before the extension.")
    Path misses;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "tempeval: documents annotated at once (default: ${DEFAULT-VALUE}).")
    int threads;

    private final CoderRegistry coders;

    EvalCommand() {
        this(CoderRegistry.standard());
    }

    EvalCommand(CoderRegistry coders) {
        this.coders = coders;
    }

    @Option(names = "--store", paramLabel = "DIR|JDBC-URL",
            description = "demo: score the events of this store as it is (default: ingest demo/corpus into a fresh"
                    + " temporary store).")
    String store;

    @Override
    public Integer call() {
        if (set == GoldSet.demo) {
            return demo();
        }
        Bench gold = Bench.locate(Optional.ofNullable(bench));
        Path data = gold.resolve(switch (set) {
            case tempeval -> Bench.TEMPEVAL3;
            case plover -> Bench.PLOVER_GSR;
            case petrarch -> Bench.PETRARCH_RECORDS;
            case ecb -> "ecbplus-dev/docs";
            case demo -> throw new IllegalStateException("the demo set reads no bench folder");
        });
        if (!Files.exists(data)) {
            System.err.println("parley eval: gold data not found: " + data.toAbsolutePath().normalize()
                    + " (give the bench folder with --bench DIR); nothing measured");
            return ExitCode.ERROR;
        }
        try {
            switch (set) {
                case tempeval -> tempeval(data);
                case plover -> plover(data);
                case petrarch -> petrarch(data);
                case ecb -> ecb(data);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("parley eval: " + e.getMessage());
            return ExitCode.USAGE;
        }
        return ExitCode.OK;
    }

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "parley-eval-cache/ecb",
            description = "ecb: store that caches the annotated documents (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--coref-sweep", paramLabel = "WEIGHT=V1,V2,...",
            description = "ecb: also score parley-coref with one coreference weight (weights.tsv) set to each value"
                    + " in turn, the others bundled: a sensitivity table; repeatable.")
    List<String> corefSweep = List.of();

    private void ecb(Path docs) {
        System.err.println("Annotating ECB+ dev documents into " + cache + " (once; minutes the first time)...");
        EcbClusteringRun.Result r = EcbClusteringRun.run(docs, cache, StoryClusterer.withDefaults());
        System.out.println(r.scriptLine());
        System.out.println(r.baselineLine());
        Path mentions = docs.resolveSibling("ECB_Dev_Event_gold_mentions.json");
        if (!Files.isRegularFile(mentions)) {
            System.err.println("parley eval: " + mentions + " not found: event coreference not measured");
            return;
        }
        EcbCorefRun.Result coref = EcbCorefRun.run(docs.getParent(), cache, sweep(corefSweep));
        System.out.println(coref.summary());
        coref.systems().forEach(s -> System.out.println(s.scriptLine()));
        coref.sweep().forEach(System.out::println);
        if (errors != null) {
            write(errors, coref.errors(), coref.errors().size(), "lines of parley-coref's chain differences");
        }
    }

    /**
     * Sweep options as the weight settings to score, in the order given: {@code threshold=0.4,0.5} is
     * two settings of one weight, {@code lightTrigger=0.5;sharedPlace=0.1} one setting of two.
     */
    static List<java.util.Map<String, Double>> sweep(List<String> options) {
        List<java.util.Map<String, Double>> out = new ArrayList<>();
        for (String option : options) {
            String[] parts = option.split(";");
            java.util.Map<String, Double> combined = new java.util.LinkedHashMap<>();
            for (String part : parts) {
                int eq = part.indexOf('=');
                if (eq <= 0 || eq == part.length() - 1) {
                    throw new IllegalArgumentException("--coref-sweep wants WEIGHT=V1,V2,... or W1=V;W2=V: '"
                            + option + "'");
                }
                String name = part.substring(0, eq).strip();
                String[] values = part.substring(eq + 1).split(",");
                if (parts.length > 1 && values.length > 1) {
                    throw new IllegalArgumentException("--coref-sweep: one value each when weights are combined: '"
                            + option + "'");
                }
                for (String v : values) {
                    double value;
                    try {
                        value = Double.parseDouble(v.strip());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--coref-sweep: '" + v + "' is no number in '" + option + "'");
                    }
                    if (parts.length == 1) {
                        out.add(java.util.Map.of(name, value));
                    } else {
                        combined.put(name, value);
                    }
                }
            }
            if (parts.length > 1) {
                out.add(combined);
            }
        }
        return out;
    }

    private int demo() {
        Path corpus = DemoCommand.bundledCorpus();
        DemoGold gold = DemoGold.read(corpus.resolveSibling("gold").resolve("events.json"));
        long start = System.nanoTime();
        if (store == null) {
            System.err.println("Ingesting " + corpus + " into a temporary store (about two minutes)...");
        }
        DemoRelationsGold relations = DemoRelationsGold.read(corpus.resolveSibling("gold").resolve("relations.json"));
        DemoEventsRun.Result scores = store == null ? DemoEventsRun.inFreshStore(corpus, gold, relations)
                : DemoEventsRun.scoreStore(store, gold, relations);
        System.out.print(DemoEventReport.text(scores.events()));
        System.out.print(scores.relations().text());
        System.out.println(scores.events().scriptLine((System.nanoTime() - start) / 1e9));
        System.out.println(scores.relations().scriptLine());
        return ExitCode.OK;
    }

    private void tempeval(Path corpus) {
        List<TempEvalRun.Config> configs = TempEvalRun.standardConfigs().stream()
                .filter(c -> config.equals("all") || c.name().equals(config))
                .filter(c -> timex == null || c.nlp().tagger().name().equalsIgnoreCase(timex)).toList();
        if (configs.isEmpty()) {
            throw new IllegalArgumentException("no configuration named '" + config + "'"
                    + (timex == null ? "" : " with time tagger '" + timex + "'") + "; known: "
                    + String.join(", ", TempEvalRun.standardConfigs().stream().map(TempEvalRun.Config::name).toList())
                    + ", all");
        }
        TempEvalRun run = new TempEvalRun(corpus);
        List<Path> files = run.documents(docs);
        System.out.println("TempEval-3 dev (" + corpus + "): " + files.size() + " documents, " + threads + " threads");
        List<TempEvalRun.Result> results = new ArrayList<>();
        for (TempEvalRun.Config c : configs) {
            System.err.println("Annotating with " + c.name() + " (" + c.nlp().label() + ")...");
            TempEvalRun.Result r = run.run(c, files, threads);
            r.problems().forEach(p -> System.err.println("problem: " + p));
            if (errors != null) {
                writeErrors(r);
            }
            results.add(r);
        }
        System.out.print(TempEvalRun.table(results));
        results.forEach(r -> System.out.println(TempEvalRun.scriptLine(r)));
    }

    private void writeErrors(TempEvalRun.Result r) {
        writeLines(errors, r.config(), null, r.errors(), "differences");
    }

    /**
     * Writes {@code lines}, after {@code header} when not null, to {@code base} with {@code name} before
     * its extension, and says how many of {@code what} it wrote.
     */
    private static void writeLines(Path base, String name, String header, List<String> lines, String what) {
        String file0 = base.getFileName().toString();
        int dot = file0.lastIndexOf('.');
        Path file = base.resolveSibling(dot < 0 ? file0 + "-" + name
                : file0.substring(0, dot) + "-" + name + file0.substring(dot));
        List<String> out = new ArrayList<>(lines.size() + 1);
        if (header != null) {
            out.add(header);
        }
        out.addAll(lines);
        write(file, out, lines.size(), what);
    }

    /** Writes {@code lines} to {@code file} and says that it wrote {@code count} of {@code what}. */
    private static void write(Path file, List<String> lines, int count, String what) {
        try {
            Files.write(file, lines);
            System.err.println("Wrote " + count + " " + what + " to " + file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }

    private void plover(Path file) {
        List<SentenceCoder> selected = coders.ploverCoders(coder);
        PloverGoldReader.Gold gold = new PloverGoldReader().read(file);
        gold.problems().forEach(p -> System.err.println("problem: " + p));
        System.out.println("PLOVER gold records (" + file + "): " + gold.records().size() + " records");
        PloverRun run = new PloverRun(Countries.bundled());
        List<PloverRun.Result> results = selected.stream().map(c -> run.run(gold.records(), c)).toList();
        if (errors != null) {
            results.forEach(r -> writeLines(errors, r.coder(), null, r.typeMisses(), "missed records"));
        }
        System.out.print(PloverRun.table(results));
        results.forEach(r -> System.out.println(PloverRun.scriptLine(r)));
        if (misses != null) {
            results.forEach(r -> writeLines(misses, r.coder(), PloverRun.MISSES_HEADER, r.countryMisses(),
                    "missed countries"));
        }
    }

    private void petrarch(Path file) {
        boolean dictionaryCoder = coder.equals(DictionaryRecordCoder.NAME);
        List<RecordCoder> selected = new ArrayList<>();
        if (!dictionaryCoder) {
            coders.cameoCoders(coder).forEach(c -> selected.add(RecordCoder.of(c)));
        }
        if (dictionaries != null || dictionaryCoder) {
            Path folder = switch (Objects.requireNonNullElse(dictionaries, "suite")) {
                case "suite" -> file.getParent();
                case "phoenix" -> file.getParent().resolveSibling("phoenix-dictionaries");
                default -> Path.of(dictionaries);
            };
            CodingDictionaries read = CodingDictionaries.readDirectory(folder);
            System.err.println("Dictionaries " + folder + ": " + read.problems().size() + " malformed entries left out");
            selected.add(new DictionaryRecordCoder(read));
        }
        PetrarchRecordReader.Records records = new PetrarchRecordReader().read(file);
        records.problems().forEach(p -> System.err.println("problem: " + p));
        long errors = records.records().stream().filter(r -> r.expectsError()).count();
        System.out.println("PETRARCH validation records (" + file + "): " + records.records().size() + " sentences, "
                + errors + " testing input errors (not scored)");
        PetrarchRun run = new PetrarchRun();
        List<PetrarchRun.Result> results = selected.stream().map(c -> run.run(records.records(), c)).toList();
        System.out.print(PetrarchRun.table(results));
        results.forEach(r -> System.out.println(PetrarchRun.scriptLine(r)));
    }
}
