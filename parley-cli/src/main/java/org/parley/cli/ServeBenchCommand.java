package org.parley.cli;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.IngestSummary;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;
import org.parley.eval.Bench;
import org.parley.eval.bench.LoadClients;
import org.parley.eval.bench.LoadClients.Endpoint;
import org.parley.eval.bench.SyntheticEvents;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.server.CatalogSnapshot;
import org.parley.server.LiveCatalog;
import org.parley.server.ParleyServer;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench serve}: the read API under load while an ingest writes to the same store.
 * Fills a SQLite store with synthetic events ({@link SyntheticEvents}), serves it on the loopback
 * interface as {@code parley serve} does (rereading the store when it changes), runs concurrent
 * clients on five read endpoints ({@link LoadClients}) for a fixed time while real articles are
 * ingested one file at a time, then prints a table per endpoint and one last line for scripts:
 * {@code bench-serve: events=N clients=C seconds=S requests=R requests_per_s=X errors=E ingest_articles=K ingest_articles_per_s=Y}.
 *
 * <p>Exit codes: 0 no request failed; 1 some did; 2 usage error; 3 ingest corpus absent.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load test of the read API: a store of synthetic events served on 127.0.0.1, concurrent",
                "clients on events (filtered), event detail, stories, search and timeline for a fixed time while",
                "an ingest of real articles runs into the same store. Reports requests/s, p50/p95/p99 per endpoint",
                "and errors, and the ingest's articles/s. Filling 100k events takes minutes; --work keeps the store."})
final class ServeBenchCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--events", paramLabel = "N", defaultValue = "100000",
            description = "Synthetic events (one invented article each) in the store (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "How long the clients run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--ingest", paramLabel = "DIR",
            description = "Articles ingested during the run, one file at a time (repeatable; default: <bench>/ecbplus-dev/docs).")
    List<Path> ingest = new ArrayList<>();

    @Option(names = "--bench", paramLabel = "DIR", description = "The gold data folder (default: <parley.shared>/bench, else ../shared/bench).")
    Path bench;

    @Option(names = "--no-annotate", description = "Ingest without NLP annotation (stores the articles only; no model loading).")
    boolean noAnnotate;

    @Option(names = "--watch-seconds", paramLabel = "S", defaultValue = "10",
            description = "How often the server rereads the store when the ingest changed it, as parley serve does (default: ${DEFAULT-VALUE}).")
    int watchSeconds;

    @Option(names = "--work", paramLabel = "DIR",
            description = "The store's folder, kept and reused (filled only when it holds fewer articles than --events); default: a temporary folder.")
    Path work;

    @Override
    public Integer call() throws IOException {
        if (events < 1 || clients < 1 || seconds < 1 || watchSeconds < 1) {
            System.err.println("parley bench serve: --events, --clients, --seconds and --watch-seconds must be 1 or more");
            return ExitCode.USAGE;
        }
        List<Path> roots = ingest.isEmpty()
                ? List.of(Bench.locate(Optional.ofNullable(bench)).resolve("ecbplus-dev/docs")) : ingest;
        List<Path> files = files(roots);
        if (files.isEmpty()) {
            System.err.println("parley bench serve: no articles to ingest under " + roots + " (give --ingest DIR)");
            return ExitCode.ERROR;
        }
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("parley-bench-serve") : work;
        try (ArticleStore store = ArticleStores.open(dir.toString())) {
            return run(store, files, dir);
        } finally {
            if (temporary) {
                BenchCommand.deleteTree(dir);
            }
        }
    }

    private int run(ArticleStore store, List<Path> files, Path dir) {
        long start = System.nanoTime();
        int added = 0;
        if (store.count() < events) {
            for (int from = 0; from < events; from += 10_000) { // in slices, to show progress
                added += SyntheticEvents.fill(store, from, Math.min(events, from + 10_000), Pipeline.findings().name());
                System.err.printf(Locale.ROOT, "  %d of %d synthetic articles stored (%.0f s)%n", Math.min(events, from + 10_000), events, since(start));
            }
        }
        System.err.printf(Locale.ROOT, "store %s: %d synthetic articles written in %.1f s%n", dir, added, since(start));
        LiveCatalog catalog = new LiveCatalog(store, () -> Pipeline.stages(!noAnnotate));
        CatalogSnapshot first = catalog.current();
        System.err.printf(Locale.ROOT, "catalog: %d events, %d stories, %d articles, built in %.1f s%n",
                first.events().size(), first.stories().size(), first.articles().size(), first.buildTime().toMillis() / 1000.0);
        Ingester.Stages stages = Pipeline.stages(!noAnnotate);
        if (!noAnnotate) {
            long load = System.nanoTime();
            ingestOne(store, stages, files.get(0)); // loads the models before the clock starts
            System.err.printf(Locale.ROOT, "models loaded (first article ingested) in %.1f s%n", since(load));
        }
        try (ParleyServer server = ParleyServer.start(catalog, ParleyServer.Config.loopback(0))) {
            ScheduledExecutorService watch = catalog.watch(Duration.ofSeconds(watchSeconds));
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            AtomicInteger ingested = new AtomicInteger();
            long ingestStart = System.nanoTime();
            Thread ingester = new Thread(() -> {
                // at least one file, so that the report always has an ingest figure
                for (Path file : files.subList(noAnnotate || files.size() == 1 ? 0 : 1, files.size())) {
                    IngestSummary s = ingestOne(store, stages, file);
                    ingested.addAndGet(noAnnotate ? s.newArticles() + s.newVersions() : s.annotated());
                    if (System.nanoTime() >= deadline) {
                        return;
                    }
                }
            }, "bench-ingest");
            ingester.start();
            LoadClients.Report report = new LoadClients(server.uri(), endpoints(first)).run(clients, Duration.ofSeconds(seconds));
            joinQuietly(ingester);
            double ingestSeconds = since(ingestStart);
            print(report, catalog.current(), ingested.get(), ingestSeconds); // before waiting for a rebuild in progress
            stopWatching(watch);
            return report.errors() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
        }
    }

    private static IngestSummary ingestOne(ArticleStore store, Ingester.Stages stages, Path file) {
        return new Ingester(store, stages, 2, IngestListener.SILENT)
                .ingest(new FileArticleSource(List.of(file.toString()), ReaderOptions.defaults()));
    }

    /** The request mix: filtered event lists, event details, story pages, searches, timelines. */
    static List<Endpoint> endpoints(CatalogSnapshot c) {
        List<String> ids = c.events().stream().limit(5000).map(Event::id).toList();
        List<Actor> countries = c.events().stream().limit(5000).flatMap(e -> e.source().stream())
                .filter(a -> a.country() != null).distinct().limit(40).toList();
        if (ids.isEmpty() || countries.size() < 2) {
            throw new IllegalStateException("the catalog has too few events to load (" + ids.size() + ")");
        }
        List<String> types = List.of("CONSULT", "COOPERATE", "AID", "PROTEST");
        return List.of(
                new Endpoint("GET /api/events?country&type", r -> "api/events?limit=20&country="
                        + pick(countries, r).country() + "&type=" + pick(types, r)),
                new Endpoint("GET /api/events/{id}", r -> "api/events/" + pick(ids, r)),
                new Endpoint("GET /api/stories", r -> "api/stories?limit=20&offset=" + r.nextInt(200)),
                new Endpoint("GET /api/search?q", r -> "api/search?limit=20&q=" + URLEncoder.encode(lastWord(pick(countries, r).name()),
                        StandardCharsets.UTF_8)),
                new Endpoint("GET /api/timeline?between", r -> {
                    Actor a = pick(countries, r);
                    Actor b = pick(countries, r);
                    return "api/timeline?between=" + a.country() + "," + (b.equals(a) ? countries.get(0) : b).country();
                }));
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static <T> T pick(List<T> list, java.util.Random r) {
        return list.get(r.nextInt(list.size()));
    }

    private void print(LoadClients.Report r, CatalogSnapshot last, int ingested, double ingestSeconds) {
        System.out.printf(Locale.ROOT, "Parley bench serve: %d events in the store's catalog, %d clients for %.1f s, load average %s%n%n",
                last.events().size(), r.clients(), r.seconds(), loadAverage());
        System.out.println(r.table());
        System.out.printf(Locale.ROOT, "all: %d requests, %.1f requests/s, %d errors%n", r.requests(), r.requestsPerSecond(), r.errors());
        r.firstErrors().forEach(e -> System.out.println("  error: " + e));
        System.out.printf(Locale.ROOT, "ingest (%s): %d articles in %.1f s = %.2f articles/s; last catalog rebuild %.1f s%n",
                noAnnotate ? "stored, no NLP" : "annotated", ingested, ingestSeconds, ingested / ingestSeconds,
                last.buildTime().toMillis() / 1000.0);
        System.out.printf(Locale.ROOT, "bench-serve: events=%d clients=%d seconds=%.1f requests=%d requests_per_s=%.1f errors=%d "
                        + "ingest_articles=%d ingest_articles_per_s=%.2f%n", last.events().size(), r.clients(), r.seconds(),
                r.requests(), r.requestsPerSecond(), r.errors(), ingested, ingested / ingestSeconds);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static List<Path> files(List<Path> roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                out.add(root);
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    /** Stops rereading the store, waiting for a reread in progress: the store is closed next. */
    private static void stopWatching(ScheduledExecutorService watch) {
        watch.shutdown();
        try {
            if (!watch.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)) {
                System.err.println("parley bench serve: a catalog rebuild still runs after 2 minutes; closing the store under it (it will report the closed store)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
