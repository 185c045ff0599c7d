package org.parley.core.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table of outlet conventions keyed by domain suffix, answering "which zone and date order does
 * this outlet usually use?" for a URL, a host or a site name that is a domain.
 *
 * <p>The default table is the resource {@code outlet-zones.tsv} next to this class, loaded once.
 * Instances are immutable and thread-safe.
 *
 * <p>Design decision: a data file rather than a code table, so a user can review and extend the
 * list without reading Java; only outlets and TLDs with one clear zone are listed, because a wrong
 * zone is worse than {@code ZoneBasis.NONE}.
 */
public final class OutletZones {

    private static final String RESOURCE = "outlet-zones.tsv";
    private static final Pattern TOKENIZED_URL = Pattern.compile("https?\\s+:\\s*/\\s*/", Pattern.CASE_INSENSITIVE);

    private final Map<String, OutletConvention> bySuffix;

    private OutletZones(Map<String, OutletConvention> bySuffix) {
        this.bySuffix = Map.copyOf(bySuffix);
    }

    /** The built-in table. */
    public static OutletZones defaults() {
        return Defaults.INSTANCE;
    }

    /** A table with no entries: every lookup is empty. */
    public static OutletZones none() {
        return new OutletZones(Map.of());
    }

    /**
     * Parses a table in the {@code outlet-zones.tsv} format ({@code #} comments, tab-separated
     * {@code suffix zone order [note]}).
     *
     * @param sourceName named in error messages
     * @throws IllegalArgumentException naming the source and line when a row is malformed
     */
    public static OutletZones parse(Reader reader, String sourceName) throws IOException {
        Map<String, OutletConvention> table = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cols = trimmed.split("\t");
            if (cols.length < 3) {
                throw new IllegalArgumentException(sourceName + " line " + number
                        + ": expected suffix, zone and order separated by tabs, got: " + trimmed);
            }
            String suffix = cols[0].strip().toLowerCase(Locale.ROOT);
            ZoneId zone;
            try {
                zone = ZoneId.of(cols[1].strip());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(sourceName + " line " + number + ": unknown zone id " + cols[1], e);
            }
            DayMonthOrder order = switch (cols[2].strip()) {
                case "DMY" -> DayMonthOrder.DAY_FIRST;
                case "MDY" -> DayMonthOrder.MONTH_FIRST;
                default -> throw new IllegalArgumentException(sourceName + " line " + number
                        + ": order must be DMY or MDY, got " + cols[2]);
            };
            table.put(suffix, new OutletConvention(suffix, zone, order));
        }
        return new OutletZones(table);
    }

    /**
     * The convention of the outlet at {@code urlOrHost}: a URL ({@code https://x.vn/a}), a host
     * ({@code www.x.vn}) or a site name that is a domain. The longest matching suffix wins.
     * Empty for null, for names that are not domains, and for domains not in the table.
     */
    public Optional<OutletConvention> lookup(String urlOrHost) {
        String host = hostOf(urlOrHost);
        if (host == null || host.contains(".blogspot.")) {
            // blogspot.nl, blogspot.co.uk: Blogger redirects by the reader's country, not the author's.
            return Optional.empty();
        }
        // Longest first: "www.bbc.co.uk", ".bbc.co.uk", "bbc.co.uk", ".co.uk", "co.uk", ".uk", "uk".
        OutletConvention whole = bySuffix.get(host);
        if (whole != null) {
            return Optional.of(whole);
        }
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
            OutletConvention found = bySuffix.get(host.substring(dot));
            if (found == null) {
                found = bySuffix.get(host.substring(dot + 1));
            }
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** The first of the candidates that names a known outlet. */
    public Optional<OutletConvention> lookupFirst(String... candidates) {
        for (String candidate : candidates) {
            Optional<OutletConvention> found = lookup(candidate);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String hostOf(String urlOrHost) {
        if (urlOrHost == null || urlOrHost.isBlank()) {
            return null;
        }
        String s = urlOrHost.strip();
        if (TOKENIZED_URL.matcher(s).lookingAt()) {
            // Tokenized corpora (ECB+) write "http : / / www. x.com / a"; a URL holds no spaces.
            s = s.replaceAll("\\s+", "");
        }
        if (s.contains("://")) {
            try {
                s = new URI(s).getHost();
            } catch (URISyntaxException e) {
                return null; // not a URL: no outlet, not an error worth stopping for
            }
            if (s == null) {
                return null;
            }
        }
        s = s.toLowerCase(Locale.ROOT);
        int slash = s.indexOf('/');
        if (slash >= 0) {
            s = s.substring(0, slash);
        }
        int colon = s.indexOf(':');
        if (colon >= 0) {
            s = s.substring(0, colon);
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        // A site name like "Hanoi Times" is not a domain.
        return s.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+") ? s : null;
    }

    private static final class Defaults {
        static final OutletZones INSTANCE = load();

        private static OutletZones load() {
            InputStream in = OutletZones.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing resource org/parley/core/dates/" + RESOURCE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(reader, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
