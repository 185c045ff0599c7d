package org.parley.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;
import org.parley.server.CatalogSnapshot;
import org.parley.server.LiveCatalog;
import org.parley.server.ParleyServer;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley serve}: the REST API and web page over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store to a browser: the web page at / and the REST API at /api "
                + "(described at /api/openapi.json; see docs/api.md). Stops with Ctrl-C.",
                "Uploads (POST /api/articles) need the token when one is given; listening beyond this machine "
                        + "(--host other than 127.0.0.1/localhost) always needs one. Reads need a token too with "
                        + "--read-token or --reads-need-token. Tokens can come from the environment (PARLEY_TOKEN, "
                        + "PARLEY_READ_TOKEN), which keeps them out of the process list; they are never printed or logged."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:PARLEY_TOKEN}",
            description = "Bearer token that uploads must send (Authorization: Bearer TOKEN); default: $PARLEY_TOKEN.")
    String token;

    @Option(names = "--read-token", paramLabel = "TOKEN", defaultValue = "${env:PARLEY_READ_TOKEN}",
            description = "Bearer token that reads (GET /api/...) must send; the upload token works too. Default: $PARLEY_READ_TOKEN.")
    String readToken;

    @Option(names = "--reads-need-token", description = "Reads need the upload token (one token for both).")
    boolean readsNeedToken;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
            description = "Origin a web page on another site may call the API from (e.g. https://news.example.org); "
                    + "repeatable. Default: none (browsers refuse cross-origin calls).")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--max-upload-mb", defaultValue = "50", description = "Largest upload accepted, in MiB (default: ${DEFAULT-VALUE}).")
    int maxUploadMb;

    @Option(names = "--watch-seconds", defaultValue = "10",
            description = "How often to look for articles another process (parley ingest) added to the store; 0 never (default: ${DEFAULT-VALUE}).")
    int watchSeconds;

    @Option(names = "--no-annotate", description = "Store uploaded articles without NLP annotation (no events from them).")
    boolean noAnnotate;

    @Mixin
    LeaseOption lease = new LeaseOption();

    @Override
    public Integer call() {
        if (readsNeedToken && (token == null || token.isBlank())) {
            System.err.println("parley serve: --reads-need-token needs --token (or PARLEY_TOKEN)");
            return ExitCode.USAGE;
        }
        if (token == null && !ParleyServer.Config.loopback(host)) {
            System.err.println("parley serve: listening on " + host + " (beyond this machine) needs a token for uploads: "
                    + "give --token or set PARLEY_TOKEN");
            return ExitCode.USAGE;
        }
        String reads = readsNeedToken ? token : readToken;
        return serve(store.location(), new ParleyServer.Config(host, port, token, maxUploadMb * 1024L * 1024L, reads,
                corsOrigins, ParleyServer.Config.DEFAULT_MAX_RESPONSE_BYTES), !noAnnotate, watchSeconds, lease.lease);
    }

    /**
     * Serves {@code location} until the process is interrupted, rereading the store every
     * {@code watchSeconds} when another process changed it (0: never); returns the exit code.
     */
    static int serve(String location, String host, int port, String token, int maxUploadMb, boolean annotate,
            int watchSeconds) {
        return serve(location, new ParleyServer.Config(host, port, token, maxUploadMb * 1024L * 1024L), annotate,
                watchSeconds, Ingester.DEFAULT_CLAIM_LEASE);
    }

    /**
     * Serves {@code location} with {@code config}; see {@link #serve(String, String, int, String, int, boolean, int)}.
     * Uploads are annotated under claims of {@code claimLease}, shared with other processes writing the store.
     */
    static int serve(String location, ParleyServer.Config config, boolean annotate, int watchSeconds, Duration claimLease) {
        // Jetty's and Javalin's start-up chatter would bury the URL printed below; warnings still show.
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty",
                System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn"));
        System.setProperty("org.slf4j.simpleLogger.log.io.javalin", System.getProperty("org.slf4j.simpleLogger.log.io.javalin", "warn"));
        ArticleStore articles = ArticleStores.open(location);
        System.out.println("Reading the store " + location + " ...");
        LiveCatalog catalog = new LiveCatalog(articles, () -> Pipeline.stages(annotate), claimLease);
        ParleyServer server = ParleyServer.start(catalog, config);
        if (watchSeconds > 0) {
            catalog.watch(java.time.Duration.ofSeconds(watchSeconds));
        }
        CatalogSnapshot c = catalog.current();
        System.out.printf("Parley is serving %s (%d articles, %d stories, %d events; catalog built in %.1f s)%n",
                location, c.articles().size(), c.stories().size(), c.events().size(), c.buildTime().toMillis() / 1000.0);
        System.out.println("Open " + server.uri() + "  (API: " + server.uri() + "api/openapi.json; Ctrl-C stops)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            articles.close();
            stopped.countDown();
        }, "parley-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }
}
