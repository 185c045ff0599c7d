package org.parley.core.dates;

import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.core.data.DataFileException;
import org.parley.core.data.TsvRows;
import org.parley.core.dateline.DayMonthOrder;

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
    private static final int COLUMNS = 4;
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
     * Parses a table in the {@code outlet-zones.tsv} format ({@link TsvRows}: tab-separated
     * {@code suffix zone order note}).
     *
     * @param sourceName named in error messages
     * @throws DataFileException naming the source and line of every malformed row
     */
    public static OutletZones parse(Reader reader, String sourceName) {
        return of(TsvRows.parse(reader, sourceName, COLUMNS, OutletZones::row));
    }

    private static OutletZones of(List<OutletConvention> rows) {
        Map<String, OutletConvention> table = new HashMap<>();
        rows.forEach(c -> table.put(c.domainSuffix(), c));   // a later row for a suffix wins
        return new OutletZones(table);
    }

    private static OutletConvention row(TsvRows.Row row) {
        String suffix = row.cell(0).strip().toLowerCase(Locale.ROOT);
        ZoneId zone;
        try {
            zone = ZoneId.of(row.cell(1).strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown zone id " + row.cell(1));
        }
        DayMonthOrder order = switch (row.cell(2).strip()) {
            case "DMY" -> DayMonthOrder.DAY_FIRST;
            case "MDY" -> DayMonthOrder.MONTH_FIRST;
            default -> throw new IllegalArgumentException("order must be DMY or MDY, got " + row.cell(2));
        };
        return new OutletConvention(suffix, zone, order);
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
        static final OutletZones INSTANCE = of(TsvRows.bundled(OutletZones.class, RESOURCE, COLUMNS, OutletZones::row));
    }
}
