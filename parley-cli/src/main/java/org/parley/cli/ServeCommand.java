package org.parley.cli;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
                        + "(--host other than 127.0.0.1/localhost) always needs one: a random one is made and printed "
                        + "when --token is not given."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Bearer token that uploads must send (Authorization: Bearer TOKEN).")
    String token;

    @Option(names = "--max-upload-mb", defaultValue = "50", description = "Largest upload accepted, in MiB (default: ${DEFAULT-VALUE}).")
    int maxUploadMb;

    @Option(names = "--watch-seconds", defaultValue = "10",
            description = "How often to look for articles another process (parley ingest) added to the store; 0 never (default: ${DEFAULT-VALUE}).")
    int watchSeconds;

    @Option(names = "--no-annotate", description = "Store uploaded articles without NLP annotation (no events from them).")
    boolean noAnnotate;

    @Override
    public Integer call() {
        return serve(store.location(), host, port, token, maxUploadMb, !noAnnotate, watchSeconds);
    }

    /**
     * Serves {@code location} until the process is interrupted, rereading the store every
     * {@code watchSeconds} when another process changed it (0: never); returns the exit code.
     */
    static int serve(String location, String host, int port, String token, int maxUploadMb, boolean annotate,
            int watchSeconds) {
        String effectiveToken = token;
        if (effectiveToken == null && !ParleyServer.Config.loopback(host)) {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            effectiveToken = HexFormat.of().formatHex(random);
            System.out.println("Uploads need this token (listening beyond this machine): " + effectiveToken);
        }
        // Jetty's and Javalin's start-up chatter would bury the URL printed below; warnings still show.
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty",
                System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn"));
        System.setProperty("org.slf4j.simpleLogger.log.io.javalin", System.getProperty("org.slf4j.simpleLogger.log.io.javalin", "warn"));
        ParleyServer.Config config = new ParleyServer.Config(host, port, effectiveToken, maxUploadMb * 1024L * 1024L);
        ArticleStore articles = ArticleStores.open(location);
        System.out.println("Reading the store " + location + " ...");
        LiveCatalog catalog = new LiveCatalog(articles, () -> Pipeline.stages(annotate));
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
