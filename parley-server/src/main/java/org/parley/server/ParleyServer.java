package org.parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.core.consolidate.TimelineBuilder;
import org.parley.core.consolidate.TimelineEntry;
import org.parley.core.ingest.IngestSummary;
import org.parley.engine.ContractJson;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Commitment;
import org.parley.model.Event;
import org.parley.model.Story;
import org.parley.search.SearchHit;
import org.parley.search.SearchQuery;
import org.parley.search.SearchResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the REST API under {@code /api} (documented in {@code /api/openapi.json}) and the
 * web page (classpath folder {@code /web}) at {@code /}.
 *
 * <p>Every error is JSON {@code {"error": message, "status": code}}: 400 bad parameters, malformed
 * JSON or unreadable records; 401 missing or wrong token; 404 unknown id or path; 413 body over
 * the limit; 500 with no detail (the detail goes to the log). Reads never wait for an ingest: they
 * use the snapshot that was current when they started ({@link LiveCatalog}).
 *
 * <p>Ingest ({@code POST /api/articles}) needs {@code Authorization: Bearer TOKEN} when a token is
 * configured; a token is mandatory when the server listens beyond the loopback interface. Reads
 * ({@code GET /api/...} but the OpenAPI document) need a token too when a read token is configured
 * (the read token or the upload token): see {@link Access}. Cross-origin requests (CORS) are
 * refused unless origins are configured. Request bodies ({@code maxBodyBytes}, 413), request lines
 * and headers (Jetty's 8 KiB, 414/431) and answers ({@code maxResponseBytes}, 400 asking for a
 * smaller page) are bounded.
 *
 * <p>Design decision: Javalin over Spring Boot or JAX-RS. The API is a dozen read-only routes over
 * an in-memory snapshot plus one upload; Javalin gives routing, static files, multipart and Jetty
 * in one small library with no annotations, container or code generation, and starts in well
 * under a second, which matters for {@code parley serve} and for tests that start a server each.
 */
public final class ParleyServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);
    private static final String JSON = "application/json; charset=utf-8";

    /**
     * How the server listens.
     *
     * @param host         interface to bind (127.0.0.1 by default)
     * @param port         port; 0 picks a free one
     * @param token        the bearer token POST /api/articles requires, or null for none (loopback only)
     * @param maxBodyBytes the largest request body accepted (413 above)
     * @param readToken    the bearer token reads need (the upload token is also accepted), or null for open reads
     * @param corsOrigins  origins a browser may call the API from ({@code https://news.example.org}); empty: none
     * @param maxResponseBytes the largest JSON answer sent (400 above, asking for a smaller page)
     */
    public record Config(String host, int port, String token, long maxBodyBytes, String readToken,
                         List<String> corsOrigins, long maxResponseBytes) {
        public static final long DEFAULT_MAX_BODY_BYTES = 50L * 1024 * 1024;
        /** 64 MiB: a page of 1,000 events with their mentions is a few MiB. */
        public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

        public Config {
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            if (token != null && token.isBlank()) {
                token = null;
            }
            if (token == null && !loopback(host)) {
                throw new IllegalArgumentException("listening on " + host
                        + " (beyond this machine) needs a token for uploads: give --token");
            }
            if (maxBodyBytes <= 0) {
                throw new IllegalArgumentException("maxBodyBytes must be positive");
            }
            if (readToken != null && readToken.isBlank()) {
                readToken = null;
            }
            corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
            if (maxResponseBytes <= 0) {
                throw new IllegalArgumentException("maxResponseBytes must be positive");
            }
        }

        /** Open reads, no CORS, the default answer limit. */
        public Config(String host, int port, String token, long maxBodyBytes) {
            this(host, port, token, maxBodyBytes, null, List.of(), DEFAULT_MAX_RESPONSE_BYTES);
        }

        public static Config loopback(int port) {
            return new Config("127.0.0.1", port, null, DEFAULT_MAX_BODY_BYTES);
        }

        /** True for a loopback address (127.0.0.0/8, ::1, localhost). */
        public static boolean loopback(String host) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }

    /** One API route; the OpenAPI document lists exactly these. */
    public record Route(String method, String path) {
    }

    /** Every API route, in the order they are registered. */
    public static final List<Route> ROUTES = List.of(
            new Route("GET", "/api/stories"), new Route("GET", "/api/stories/{id}"),
            new Route("GET", "/api/events"), new Route("GET", "/api/events/{id}"),
            new Route("GET", "/api/commitments"), new Route("GET", "/api/actors"),
            new Route("GET", "/api/timeline"), new Route("GET", "/api/search"),
            new Route("GET", "/api/articles"), new Route("GET", "/api/articles/{id}"),
            new Route("POST", "/api/articles"), new Route("GET", "/api/status"),
            new Route("GET", "/api/openapi.json"),
            new Route("GET", "/api/dyads"),
            new Route("GET", "/api/relations"));

    private final LiveCatalog catalog;
    private final Config config;
    private final Access access;
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final Javalin app;
    private final RelationsEndpoint relations = new RelationsEndpoint();

    private ParleyServer(LiveCatalog catalog, Config config) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.config = Objects.requireNonNull(config, "config");
        this.access = new Access(config.token(), config.readToken());
        Map<Route, Handler> handlers = handlers();
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxBodyBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxFileSize(config.maxBodyBytes(), SizeUnit.BYTES);
            cfg.staticFiles.add("/web", Location.CLASSPATH);
            cfg.staticFiles.enableWebjars();
            if (!config.corsOrigins().isEmpty()) {
                List<String> origins = config.corsOrigins();
                cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(origins.get(0),
                        origins.subList(1, origins.size()).toArray(String[]::new))));
            }
            // Reads are checked before any route runs, so a refused request gets no data.
            cfg.routes.before("/api/*", ctx -> {
                if ((ctx.method().equals(HandlerType.GET) || ctx.method().equals(HandlerType.HEAD))
                        && !ctx.path().equals("/api/openapi.json")) {
                    access.checkRead(ctx);
                }
            });
            for (Route r : ROUTES) {
                if (r.method().equals("GET")) {
                    cfg.routes.get(r.path(), handlers.get(r));
                } else {
                    cfg.routes.post(r.path(), handlers.get(r));
                }
            }
            cfg.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    e.getStatus() == 413 ? tooLarge() : e.getStatus() == 404 ? noSuchPath(ctx) : e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error (the server log has the details)");
            });
            cfg.routes.error(404, "*", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, noSuchPath(ctx));
                }
            });
        });
    }

    /** Starts a server over the catalog; {@link #close()} stops it. */
    public static ParleyServer start(LiveCatalog catalog, Config config) {
        ParleyServer server = new ParleyServer(catalog, config);
        server.app.start(config.host(), config.port());
        return server;
    }

    /** The port it listens on (the real one when 0 was asked for). */
    public int port() {
        return app.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:7070/}. */
    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    @Override
    public void close() {
        app.stop();
    }

    private Map<Route, Handler> handlers() {
        Map<Route, Handler> h = new LinkedHashMap<>();
        h.put(ROUTES.get(0), this::stories);
        h.put(ROUTES.get(1), this::story);
        h.put(ROUTES.get(2), this::events);
        h.put(ROUTES.get(3), this::event);
        h.put(ROUTES.get(4), this::commitments);
        h.put(ROUTES.get(5), this::actors);
        h.put(ROUTES.get(6), this::timeline);
        h.put(ROUTES.get(7), this::search);
        h.put(ROUTES.get(8), this::articles);
        h.put(ROUTES.get(9), this::article);
        h.put(ROUTES.get(10), this::ingest);
        h.put(ROUTES.get(11), this::status);
        h.put(ROUTES.get(12), this::openapi);
        h.put(ROUTES.get(13), this::dyads);
        h.put(ROUTES.get(14), this::relations);
        return h;
    }

    // ---- handlers

    private void stories(Context ctx) {
        CatalogSnapshot c = catalog.current();
        Paging paging = paging(ctx);
        EventQuery eq = eventQuery(ctx, c, false);
        String q = lower(param(ctx, "q"));
        boolean eventCriteria = eq.actor() != null || !eq.countries().isEmpty() || eq.type() != null || eq.topic() != null;
        List<Story> out = new ArrayList<>();
        for (Story s : c.stories()) {
            if (q != null && !s.title().toLowerCase(Locale.ROOT).contains(q)) {
                continue;
            }
            if ((eq.from() != null || eq.to() != null) && (s.date() == null
                    || !CatalogSnapshot.inPeriod(isoDate(s.date()), eq.from(), eq.to()))) {
                continue;
            }
            EventQuery undated = new EventQuery(eq.actor(), eq.countries(), eq.type(), null, null, eq.topic(), null, null);
            if (eventCriteria && c.eventsOfStory(s.id()).stream().noneMatch(undated::test)) {
                continue;
            }
            out.add(s);
        }
        json(ctx, ApiViews.page(paging.of(out), s -> ApiViews.story(s, c)));
    }

    private void story(Context ctx) {
        CatalogSnapshot c = catalog.current();
        String id = ctx.pathParam("id");
        Optional<Story> s = c.story(id);
        if (s.isEmpty()) {
            String now = c.storyMergedInto(id).orElseThrow(() -> ApiError.notFound("no story " + id));
            merged(ctx, "story", id, now, "/api/stories/");
            return;
        }
        json(ctx, ApiViews.storyDetail(s.get(), c));
    }

    private void events(Context ctx) {
        CatalogSnapshot c = catalog.current();
        Paging paging = paging(ctx);
        List<Event> events = c.events(eventQuery(ctx, c, true));
        json(ctx, ApiViews.page(paging.of(events), e -> ApiViews.event(e, c)));
    }

    private void event(Context ctx) {
        CatalogSnapshot c = catalog.current();
        String id = ctx.pathParam("id");
        Optional<Event> e = c.event(id);
        if (e.isEmpty()) {
            String now = c.eventMergedInto(id).orElseThrow(() -> ApiError.notFound("no event " + id));
            merged(ctx, "event", id, now, "/api/events/");
            return;
        }
        json(ctx, ApiViews.event(e.get(), c));
    }

    // An id retired by a merge: 301 to the id in use, and the same in the body for clients that do not follow
    private void merged(Context ctx, String what, String id, String now, String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", what + " " + id + " was merged into " + now);
        body.put("status", 301);
        body.put("merged_into", now);
        ctx.status(301).header("Location", path + now);
        json(ctx, body);
    }

    private void commitments(Context ctx) {
        CatalogSnapshot c = catalog.current();
        Paging paging = paging(ctx);
        String country = upper(param(ctx, "country")), kind = lower(param(ctx, "kind")), topic = param(ctx, "topic");
        String actor = lower(param(ctx, "actor")), q = lower(param(ctx, "q"));
        LocalDate from = date(ctx, "from", false), to = date(ctx, "to", true);
        checkPeriod(from, to);
        List<Commitment> out = c.commitments().stream()
                .filter(x -> country == null || x.parties().stream().anyMatch(p -> country.equals(p.country())))
                .filter(x -> kind == null || kind.equalsIgnoreCase(x.kind()))
                .filter(x -> topic == null || x.topics().stream().anyMatch(topic::equalsIgnoreCase))
                .filter(x -> actor == null || x.parties().stream().anyMatch(p -> p.name().toLowerCase(Locale.ROOT).contains(actor)))
                .filter(x -> q == null || (x.title() != null && x.title().toLowerCase(Locale.ROOT).contains(q))
                        || x.evidence().text().toLowerCase(Locale.ROOT).contains(q))
                .filter(x -> CatalogSnapshot.inPeriod(x.date(), from, to))
                .toList();
        json(ctx, ApiViews.page(paging.of(out), ApiViews::commitment));
    }

    private void actors(Context ctx) {
        CatalogSnapshot c = catalog.current();
        Paging paging = paging(ctx);
        String country = upper(param(ctx, "country")), name = lower(param(ctx, "name")), kind = lower(param(ctx, "kind"));
        List<CatalogSnapshot.ActorCount> out = c.actors().stream()
                .filter(a -> country == null || country.equals(a.country()))
                .filter(a -> name == null || a.name().toLowerCase(Locale.ROOT).contains(name)
                        || (a.role() != null && a.role().toLowerCase(Locale.ROOT).contains(name)))
                .filter(a -> kind == null || kind.equals(a.kind()))
                .toList();
        json(ctx, ApiViews.page(paging.of(out), ApiViews::actor));
    }

    private void timeline(Context ctx) {
        CatalogSnapshot c = catalog.current();
        String between = param(ctx, "between"), actor = param(ctx, "actor");
        if ((between == null) == (actor == null)) {
            throw ApiError.badRequest("give exactly one of between=ISO3,ISO3 (e.g. USA,VNM) or actor=NAME");
        }
        boolean all = !"false".equalsIgnoreCase(param(ctx, "all"));
        LocalDate from = date(ctx, "from", false), to = date(ctx, "to", true);
        checkPeriod(from, to);
        List<TimelineEntry> entries;
        Map<String, Object> scope = new LinkedHashMap<>();
        if (between != null) {
            List<String> pair = Arrays.stream(between.split(",")).map(String::strip).map(s -> s.toUpperCase(Locale.ROOT)).toList();
            if (pair.size() != 2 || pair.stream().anyMatch(p -> !p.matches("[A-Z]{3}"))) {
                throw ApiError.badRequest("between takes two ISO 3166-1 alpha-3 codes separated by a comma (USA,VNM): " + between);
            }
            // the dyad's events come from the country index: no scan of the whole catalog
            List<Event> pool = c.events(new EventQuery(null, pair, null, from, to, null, null, null));
            entries = TimelineBuilder.between(pool, pair.get(0), pair.get(1), all);
            scope.put("between", pair);
        } else {
            entries = TimelineBuilder.ofActor(c.events(), actor, all);
            scope.put("actor", actor);
        }
        entries = entries.stream().filter(t -> from == null && to == null
                || CatalogSnapshot.inPeriod(t.event().date(), from, to)).toList();
        List<Event> events = entries.stream().map(TimelineEntry::event).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scope", scope);
        out.put("all", all);
        out.put("total", entries.size());
        boolean brief = "true".equalsIgnoreCase(param(ctx, "brief")); // the page's chart and list need no mentions
        out.put("events", entries.stream().map(t -> ApiViews.timelineEntry(t, c, !brief)).toList());
        out.put("months", MonthlySeries.of(events).stream().map(ApiViews::month).toList());
        out.put("without_month", (int) events.stream().filter(e -> MonthlySeries.month(e) == null).count());
        json(ctx, out);
    }

    private void search(Context ctx) {
        CatalogSnapshot c = catalog.current();
        Paging paging = paging(ctx, 20);
        String q = param(ctx, "q");
        String kindParam = lower(param(ctx, "kind"));
        SearchHit.Kind kind = null;
        if (kindParam != null) {
            if (!kindParam.equals("article") && !kindParam.equals("event")) {
                throw ApiError.badRequest("kind must be article or event: " + kindParam);
            }
            kind = kindParam.equals("event") ? SearchHit.Kind.EVENT : SearchHit.Kind.ARTICLE;
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : List.of("country", "type", "year", "outlet")) {
            List<String> values = ctx.queryParams(dim).stream().flatMap(v -> Arrays.stream(v.split(",")))
                    .map(String::strip).filter(v -> !v.isEmpty())
                    .map(v -> dim.equals("outlet") ? v : v.toUpperCase(Locale.ROOT)).toList();
            if (!values.isEmpty()) {
                filters.put(dim, values);
            }
        }
        SearchResults r = c.search().search(new SearchQuery(q, kind, filters, paging.offset(), paging.limit()));
        json(ctx, ApiViews.search(q == null ? "" : q, r, paging.offset(), paging.limit()));
    }

    private void articles(Context ctx) {
        CatalogSnapshot c = catalog.current();
        Paging paging = paging(ctx);
        String outlet = param(ctx, "outlet"), story = param(ctx, "story"), status = upper(param(ctx, "status"));
        List<CatalogSnapshot.ArticleInfo> out = c.articles().stream()
                .filter(a -> outlet == null || outlet.equalsIgnoreCase(a.outlet()))
                .filter(a -> story == null || story.equals(a.story()))
                .filter(a -> status == null || status.equals(a.status()))
                .toList();
        json(ctx, ApiViews.page(paging.of(out), ApiViews::article));
    }

    private void article(Context ctx) {
        CatalogSnapshot c = catalog.current();
        String id = ctx.pathParam("id");
        CatalogSnapshot.ArticleInfo info = c.article(id).orElseThrow(() -> ApiError.notFound("no article " + id
                + (id.length() < 6 ? " (give at least 6 characters of the id)" : "")));
        Article a = catalog.store().article(new ArticleId(info.id()))
                .orElseThrow(() -> ApiError.notFound("no article " + id));
        json(ctx, ApiViews.articleDetail(info, a.clean().text(), c));
    }

    /** Country pairs by number of events between them (an actor of each on opposite sides), most first. */
    private void dyads(Context ctx) {
        CatalogSnapshot c = catalog.current();
        Paging paging = paging(ctx);
        String country = upper(param(ctx, "country"));
        List<CatalogSnapshot.Dyad> out = c.dyads().stream()
                .filter(d -> country == null || d.countries().contains(country))
                .toList();
        json(ctx, ApiViews.page(paging.of(out), d -> Map.of("countries", d.countries(), "events", d.events())));
    }

    /** The card of one pair ({@code between=A,B}, {@code asOf}), or without {@code between} the pairs that have one. */
    private void relations(Context ctx) {
        CatalogSnapshot c = catalog.current();
        String between = param(ctx, "between");
        if (between != null) {
            json(ctx, relations.card(c, catalog.store(), between, param(ctx, "asOf")));
        } else {
            Paging paging = paging(ctx);
            json(ctx, ApiViews.page(paging.of(relations.pairs(c, param(ctx, "country"))), RelationsEndpoint::view));
        }
    }

    private void status(Context ctx) {
        CatalogSnapshot c = catalog.current();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", c.articles().size());
        out.put("stories", c.stories().size());
        out.put("events", c.events().size());
        out.put("commitments", c.commitments().size());
        out.put("actors", c.actors().size());
        out.put("snapshot", c.builtAt().toString());
        out.put("snapshot_seconds", c.buildTime().toMillis() / 1000.0);
        out.put("upload_needs_token", access.uploadsNeedToken());
        out.put("reads_need_token", access.readsNeedToken());
        out.put("max_body_bytes", config.maxBodyBytes());
        json(ctx, out);
    }

    private void openapi(Context ctx) throws IOException {
        try (InputStream in = ParleyServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            ctx.contentType(JSON).result(in.readAllBytes());
        }
    }

    private void ingest(Context ctx) throws IOException {
        access.checkUpload(ctx);
        String length = ctx.header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > config.maxBodyBytes()) {
                    throw new ApiError(413, tooLarge());
                }
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("bad Content-Length: " + length);
            }
        }
        IngestSummary summary;
        if (ctx.isMultipartFormData()) {
            summary = ingestUploads(ctx);
        } else {
            byte[] body;
            try (InputStream in = ctx.bodyInputStream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBodyBytes() + 1));
            }
            if (body.length > config.maxBodyBytes()) {
                throw new ApiError(413, tooLarge());
            }
            summary = catalog.ingest(UploadBody.articles(body));
            summary = renamed(summary, "-", "request body");
        }
        if (summary.read() == 0) {
            throw ApiError.badRequest("the request holds no article records");
        }
        if (summary.failed().size() == summary.read()) {
            throw ApiError.badRequest("no record could be ingested: " + String.join("; ", summary.failed()));
        }
        json(ctx, ApiViews.ingest(summary, catalog.current()));
    }

    private IngestSummary ingestUploads(Context ctx) throws IOException {
        List<UploadedFile> files = ctx.uploadedFiles();
        if (files.isEmpty()) {
            throw ApiError.badRequest("the multipart request holds no file: send the file as a form field (e.g. file=@articles.jsonl)");
        }
        Path dir = Files.createTempDirectory("parley-upload");
        try {
            List<String> paths = new ArrayList<>();
            int n = 0;
            for (UploadedFile f : files) {
                String name = f.filename() == null ? "upload" : Path.of(f.filename().replace('\\', '/')).getFileName().toString();
                if (name.isBlank() || name.startsWith(".")) {
                    name = "upload" + name;
                }
                Path target = dir.resolve(++n + "-" + name);
                try (InputStream in = f.content()) {
                    Files.copy(in, target);
                }
                paths.add(target.toString());
            }
            IngestSummary summary = catalog.ingest(new FileArticleSource(paths, ReaderOptions.defaults(),
                    InputStream.nullInputStream()));
            return renamed(summary, dir + "/", "");
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    // ---- helpers

    private static String noSuchPath(Context ctx) {
        return "no such path: " + ctx.method() + " " + ctx.path() + " (the API is described at /api/openapi.json)";
    }

    private String tooLarge() {
        return "the request body is larger than the limit of " + config.maxBodyBytes() + " bytes";
    }

    private void json(Context ctx, Object value) {
        try {
            byte[] bytes = mapper.writeValueAsBytes(value);
            if (bytes.length > config.maxResponseBytes()) {
                throw ApiError.badRequest("the answer would be larger than the limit of " + config.maxResponseBytes()
                        + " bytes: ask for a smaller page (limit)");
            }
            ctx.contentType(JSON).result(bytes);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void error(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        ctx.status(status);
        json(ctx, body);
    }

    private EventQuery eventQuery(Context ctx, CatalogSnapshot c, boolean withText) {
        String country = param(ctx, "country");
        List<String> countries = country == null ? List.of()
                : Arrays.stream(country.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        LocalDate from = date(ctx, "from", false), to = date(ctx, "to", true);
        checkPeriod(from, to);
        String q = withText ? param(ctx, "q") : null;
        Set<String> textIds = q == null ? null : c.search().eventIds(q);
        try {
            return new EventQuery(param(ctx, "actor"), countries, param(ctx, "type"), from, to, param(ctx, "topic"),
                    param(ctx, "story"), textIds);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiError.badRequest("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** A date parameter: YYYY-MM-DD, YYYY-MM or YYYY; a month or year means its first (or, for 'to', last) day. */
    private static LocalDate date(Context ctx, String name, boolean end) {
        String v = param(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("\\d{4}")) {
                Year y = Year.parse(v);
                return end ? y.atMonth(12).atEndOfMonth() : y.atDay(1);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(v);
                return end ? m.atEndOfMonth() : m.atDay(1);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a date YYYY-MM-DD, YYYY-MM or YYYY: " + v);
        }
    }

    /** The date interval a story date (ISO at its precision) denotes. */
    private static org.parley.model.EventDate isoDate(String iso) {
        if (iso.length() == 4) {
            return new org.parley.model.EventDate.YearOnly(Integer.parseInt(iso), org.parley.model.EventDate.Basis.STATED, List.of());
        }
        if (iso.length() == 7) {
            return new org.parley.model.EventDate.MonthOnly(YearMonth.parse(iso), org.parley.model.EventDate.Basis.STATED, List.of());
        }
        return new org.parley.model.EventDate.ExactDay(LocalDate.parse(iso), org.parley.model.EventDate.Basis.STATED, List.of());
    }

    private static Paging paging(Context ctx) {
        return paging(ctx, Paging.DEFAULT_LIMIT);
    }

    private static Paging paging(Context ctx, int defaultLimit) {
        int offset = integer(ctx, "offset", 0), limit = integer(ctx, "limit", defaultLimit);
        try {
            return new Paging(offset, limit);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static int integer(Context ctx, String name, int fallback) {
        String v = param(ctx, name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a whole number: " + v);
        }
    }

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** Failure messages name the request body or the uploaded file, not a temporary path. */
    private static IngestSummary renamed(IngestSummary s, String from, String to) {
        List<String> failed = s.failed().stream().map(f -> f.startsWith(from) ? to + f.substring(from.length()) : f)
                .map(f -> f.replaceFirst("^(\\d+)-", "")).toList();
        return new IngestSummary(s.newArticles(), s.newVersions(), s.duplicates(), s.skipped(), failed, s.annotated(),
                s.extracted(), s.elapsed());
    }
}
