package org.parley.eval.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The main class of a bench child JVM ({@link ForkedRun}): runs one pipeline's warm-up and timed run
 * on the bench's articles and writes what it measured ({@link PipelineRun}) as JSON to a file.
 * Progress goes to stderr. Exit code 0 when the file is written, 1 otherwise (the error on stderr).
 *
 * <p>Arguments: {@code parley|stock RESULT.json} followed by the bench's settings
 * ({@link #arguments(PipelineBench.Settings)}).
 */
public final class BenchChild {

    /** The pipelines a child can run. */
    public enum Pipeline {
        PARLEY("Parley"), STOCK("stock CoreNLP");

        private final String title;

        Pipeline(String title) {
            this.title = title;
        }

        /** How the pipeline is named in messages. */
        public String title() {
            return title;
        }

        /** How the pipeline is named on the child's command line. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Pipeline of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    private BenchChild() {
    }

    public static void main(String[] args) {
        try {
            run(Pipeline.of(args[0]), Path.of(args[1]), settings(List.of(args).subList(2, args.length)), System.err);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        // CoreNLP and the store leave threads behind; the result is written
        System.exit(0);
    }

    /** Runs {@code pipeline} as {@code settings} asks and writes its figures to {@code result}. */
    static void run(Pipeline pipeline, Path result, PipelineBench.Settings settings, PrintStream progress) {
        PipelineRun run;
        try (HeapWatch whole = new HeapWatch()) {
            progress.println("Reading the corpus " + settings.corpus() + " ...");
            BenchArticles prepared = BenchArticles.of(settings, progress);
            if (pipeline == Pipeline.PARLEY) {
                ParleyBench parley = new ParleyBench(settings, progress);
                ParleyBench.Done done = parley.run(prepared);
                run = done.run().withGrowth(parley.growth(done), whole.peakUsedMb());
            } else {
                BenchReport.Run stock = new StockBench(settings.threads(), progress)
                        .run(prepared.articles(), prepared.warmup(settings.warmup()));
                run = PipelineRun.annotationOnly(stock, whole.peakUsedMb());
            }
        }
        run.write(result);
    }

    /** The settings as the child's arguments (the mode is not passed: a child runs one pipeline). */
    static List<String> arguments(PipelineBench.Settings s) {
        List<String> out = new ArrayList<>(List.of("--articles", String.valueOf(s.articles()),
                "--article-words", String.valueOf(s.articleWords()),
                "--store-sizes", s.storeSizes().isEmpty() ? "none" : String.join(",", s.storeSizes().stream().map(String::valueOf).toList()),
                "--threads", String.valueOf(s.threads()), "--warmup", String.valueOf(s.warmup()),
                "--work", s.workDir().toString()));
        s.corpus().forEach(c -> out.addAll(List.of("--corpus", c.toString())));
        return out;
    }

    /** The settings back from {@link #arguments}. */
    static PipelineBench.Settings settings(List<String> args) {
        List<Path> corpus = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        int articles = 0;
        int articleWords = 0;
        int threads = 1;
        int warmup = 0;
        Path work = null;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--corpus" -> corpus.add(Path.of(value));
                case "--articles" -> articles = Integer.parseInt(value);
                case "--article-words" -> articleWords = Integer.parseInt(value);
                case "--store-sizes" -> {
                    if (!value.equals("none")) {
                        List.of(value.split(",")).forEach(n -> sizes.add(Integer.parseInt(n)));
                    }
                }
                case "--threads" -> threads = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--work" -> work = Path.of(value);
                default -> throw new IllegalArgumentException("unknown bench child argument: " + args.get(i));
            }
        }
        if (args.size() % 2 != 0) {
            throw new IllegalArgumentException("bench child argument without a value: " + args.get(args.size() - 1));
        }
        return new PipelineBench.Settings(corpus, articles, articleWords, sizes, threads, warmup, work,
                PipelineBench.Mode.FORKED);
    }
}
