package org.parley.eval.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Concurrent HTTP clients for a load test of a read API: each of {@code clients} threads sends
 * GET requests one after another for a fixed time, each time picking one of the {@link Endpoint}s
 * at random (equal odds) and asking it for a path (e.g. a random event id). Latency is measured
 * from sending to the whole body read; any status other than 200, and any I/O error, is an error.
 *
 * <p>Not a micro-benchmark: the clients share the machine with the server, so the figures are for
 * comparing runs made in the same conditions. One instance runs once; not thread-safe.
 */
public final class LoadClients {

    /** One kind of request: its name in the report and a path for a random source (no leading slash). */
    public record Endpoint(String name, Function<Random, String> path) {
    }

    /** What one endpoint got: requests answered 200, errors, latency percentiles in ms. */
    public record EndpointFigures(String name, int ok, int errors, double p50, double p95, double p99) {
    }

    /** The whole run; {@code firstErrors} are up to five error descriptions. */
    public record Report(int clients, double seconds, List<EndpointFigures> endpoints, List<String> firstErrors) {

        public int requests() {
            return endpoints.stream().mapToInt(e -> e.ok() + e.errors()).sum();
        }

        public int errors() {
            return endpoints.stream().mapToInt(EndpointFigures::errors).sum();
        }

        public double requestsPerSecond() {
            return requests() / seconds;
        }

        /** A Markdown table: one row per endpoint. */
        public String table() {
            StringBuilder out = new StringBuilder("| endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|\n");
            for (EndpointFigures e : endpoints) {
                out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                        e.name(), e.ok() + e.errors(), e.errors(), (e.ok() + e.errors()) / seconds, e.p50(), e.p95(), e.p99()));
            }
            return out.toString();
        }
    }

    private final URI base;
    private final List<Endpoint> endpoints;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Clients of the server at {@code base} (e.g. {@code http://127.0.0.1:7070/}). */
    public LoadClients(URI base, List<Endpoint> endpoints) {
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("no endpoints to load");
        }
        this.base = base;
        this.endpoints = List.copyOf(endpoints);
    }

    /** Runs {@code clients} threads for {@code duration} and reports what they got. */
    public Report run(int clients, Duration duration) {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be 1 or more: " + clients);
        }
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Tally>> tallies = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            tallies.add(pool.submit(() -> client(new Random(seed), deadline)));
        }
        Tally all = new Tally(endpoints.size());
        try {
            for (Future<Tally> t : tallies) {
                all.add(t.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the clients ran", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<EndpointFigures> figures = new ArrayList<>();
        for (int i = 0; i < endpoints.size(); i++) {
            long[] nanos = all.latencies.get(i).toArray();
            Arrays.sort(nanos);
            figures.add(new EndpointFigures(endpoints.get(i).name(), nanos.length, all.errors[i],
                    percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99)));
        }
        return new Report(clients, seconds, figures, List.copyOf(all.firstErrors));
    }

    private Tally client(Random random, long deadline) {
        Tally tally = new Tally(endpoints.size());
        while (System.nanoTime() < deadline) {
            int which = random.nextInt(endpoints.size());
            URI uri = base.resolve(endpoints.get(which).path().apply(random));
            long sent = System.nanoTime();
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 200) {
                    tally.latencies.get(which).add(System.nanoTime() - sent);
                } else {
                    tally.error(which, response.statusCode() + " for " + uri);
                }
            } catch (IOException e) {
                tally.error(which, e + " for " + uri);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return tally;
            }
        }
        return tally;
    }

    /** The nearest-rank percentile of sorted nanoseconds, in milliseconds; 0 when there are none. */
    static double percentile(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    /** One client's (or all clients') latencies and errors per endpoint. */
    private static final class Tally {
        final List<LongList> latencies = new ArrayList<>();
        final int[] errors;
        final List<String> firstErrors = new ArrayList<>();

        Tally(int endpoints) {
            for (int i = 0; i < endpoints; i++) {
                latencies.add(new LongList());
            }
            errors = new int[endpoints];
        }

        void error(int endpoint, String what) {
            errors[endpoint]++;
            if (firstErrors.size() < 5) {
                firstErrors.add(what);
            }
        }

        void add(Tally other) {
            for (int i = 0; i < errors.length; i++) {
                latencies.get(i).addAll(other.latencies.get(i));
                errors[i] += other.errors[i];
            }
            other.firstErrors.stream().limit(5 - firstErrors.size()).forEach(firstErrors::add);
        }
    }

    /** A growable array of longs (a client records tens of thousands of latencies). */
    private static final class LongList {
        private long[] values = new long[256];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addAll(LongList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
