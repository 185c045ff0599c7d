package org.parley.core.dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.core.dateline.Dateline;
import org.parley.core.dateline.DatelineParser;
import org.parley.core.dateline.DayMonthOrder;
import org.parley.core.dateline.TokenSpacing;
import org.parley.core.dateline.ZoneAbbreviations;
import org.parley.model.PublicationDate.Dated;
import org.parley.model.PublicationDate.Source;
import org.parley.model.PublicationDate.WithoutYear;
import org.parley.model.PublicationDate.ZoneBasis;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;

/**
 * Finds when an article was published. Never uses the ingest time.
 *
 * <p>Order of evidence:
 * <ol>
 *   <li>{@link RawArticle#publishedMetadata()}: ISO 8601 with or without offset or zone id,
 *       {@code 2024-03-26 20:20:00}, RFC 1123, epoch seconds or milliseconds, any dateline form, or
 *       free text holding a date stamp, as news-please gives it from tokenized pages
 *       ({@code Posted on Thu Jun 13, 2013 08 : 45 AM PDT},
 *       {@code PUBLISHED : 02 : 31 GMT, 12 March 2013 | UPDATED : ...}; see
 *       {@link DatelineParser#parseWithin(String, DayMonthOrder)}), an age counted from the day
 *       the page was fetched ({@code Posted 1 year, 160 days ago [downloaded on 2 October 2013]};
 *       see {@link RelativeStamp}), or, when none of these reads, the same with a month name
 *       misspelt by one letter before a day and a year ({@code Novemer 27, 2005}; see
 *       {@link MisspeltMonth});</li>
 *   <li>a dateline at the start of one of the first {@value #DATELINE_LINES} non-blank lines of the
 *       original text (see {@link DatelineParser}); a month-day dateline without a year gives
 *       {@link WithoutYear};</li>
 *   <li>{@link RawArticle#fallbackTime()} (the WARC capture time), source {@link Source#CAPTURE};</li>
 *   <li>otherwise {@link PublicationDate#UNKNOWN}.</li>
 * </ol>
 *
 * <p>A numeric stamp whose day/month order neither it nor the outlet settles ({@code 05 / 02 / 2013}
 * on an unknown site) is read in the order the page's other clues fit, if one does: the URL's
 * date path, a date with a named month in the text, else the month of one (see
 * {@link DayMonthClues}; the clue is kept in the evidence). Otherwise it is not read.
 *
 * <p>Time zone: {@link ZoneBasis#STATED} when written with the date (or when the value is an
 * instant: epoch or capture time, shown at the outlet's offset when known, else UTC);
 * {@link ZoneBasis#OUTLET} when the outlet's usual zone is known from the URL host or the site
 * (see {@link OutletZones}); else {@link ZoneBasis#NONE}. A zone abbreviation with several
 * meanings ({@code IST}) is stated only when the outlet's zone is one of them (see
 * {@link ZoneAbbreviations}); otherwise the basis is {@link ZoneBasis#NONE}, since the page names
 * a zone that may not be the outlet's.
 *
 * <p>Only the first {@value #METADATA_CHARS} characters of a metadata value are read (cut at a space):
 * every date form above is far shorter, and a stamp in free text stands near its start
 * ({@code Published August 02, 2013 The television personality ...}); what runs on is the
 * article's own sentences, whose dates are not the publication's. Design decision: the value is
 * cut rather than rejected, since news-please gives such run-on values (one of 945 characters
 * opens with its date), and cut before any pattern runs, since the patterns' work grows with the
 * length (a 449-byte fuzzed value took 58 s under Jazzer's regex hooks).
 *
 * <p>Immutable and thread-safe. Unreadable metadata is reported through {@link System.Logger}
 * naming the article's origin, and the text is tried next.
 */
public final class PublicationDateResolver {

    /** How many non-blank lines at the start of the text may hold the dateline. */
    public static final int DATELINE_LINES = 8;

    /** How many characters of a metadata value are read; all of the 341 values in ../shared date within 96. */
    public static final int METADATA_CHARS = 200;

    private static final System.Logger LOG = System.getLogger(PublicationDateResolver.class.getName());
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}(?:\\.\\d+)?");
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{1,2}:\\d{2})");
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile("(\\d)\\s+([+-]\\d{2}:?\\d{2}|Z|UTC|GMT)$");

    private final OutletZones outlets;
    private final DatelineParser datelines = new DatelineParser();
    private final DayMonthClues clues = new DayMonthClues();

    /** A resolver using the built-in outlet table. */
    public PublicationDateResolver() {
        this(OutletZones.defaults());
    }

    public PublicationDateResolver(OutletZones outlets) {
        this.outlets = Objects.requireNonNull(outlets, "outlets");
    }

    /** The article's publication date; {@link PublicationDate#UNKNOWN} when nothing dates it. */
    public PublicationDate resolve(RawArticle raw) {
        Optional<OutletConvention> outlet = outlets.lookupFirst(raw.url(), raw.site());
        Optional<PublicationDate> fromMetadata = Optional.empty();
        if (raw.publishedMetadata() != null && !raw.publishedMetadata().isBlank()) {
            fromMetadata = fromMetadata(raw.publishedMetadata(), outlet, raw);
            if (fromMetadata.isEmpty()) {
                warnUnread(raw, outlet);
            } else if (fromMetadata.get() instanceof Dated) {
                return fromMetadata.get();
            }
        }
        Optional<PublicationDate> fromText = fromDateline(raw, outlet);
        if (fromText.isPresent()) {
            return fromText.get();
        }
        if (fromMetadata.isPresent()) {
            return fromMetadata.get();
        }
        if (raw.fallbackTime() != null) {
            return fromInstant(raw.fallbackTime(), outlet, Source.CAPTURE, "capture time " + raw.fallbackTime());
        }
        return PublicationDate.UNKNOWN;
    }

    /** Reads a metadata value of {@code raw}; empty when it is not a date. */
    private Optional<PublicationDate> fromMetadata(String value, Optional<OutletConvention> outlet, RawArticle raw) {
        String v = head(value.strip());
        if (EPOCH.matcher(v).matches()) {
            double number = Double.parseDouble(v);
            // 12+ integer digits cannot be seconds of this era: they are milliseconds.
            Instant instant = v.split("\\.")[0].length() >= 12
                    ? Instant.ofEpochMilli((long) number)
                    : Instant.ofEpochSecond((long) number);
            return Optional.of(fromInstant(instant, outlet, Source.METADATA, value));
        }
        Optional<PublicationDate> iso = iso(v, value, outlet);
        if (iso.isPresent()) {
            return iso;
        }
        try {
            ZonedDateTime rfc = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(new Dated(rfc.toLocalDateTime(), true, rfc.getOffset(), ZoneBasis.STATED, Source.METADATA, value));
        } catch (DateTimeException ignored) {
            // not RFC 1123: try the dateline forms
        }
        return stamp(v, outlet)
                .flatMap(d -> settled(d, raw))
                .map(d -> toPublicationDate(d, outlet, Source.METADATA, value));
    }

    /** The first {@link #METADATA_CHARS} characters of {@code value}, cut at the last space within them if there is one. */
    static String head(String value) {
        if (value.length() <= METADATA_CHARS) {
            return value;
        }
        int space = value.lastIndexOf(' ', METADATA_CHARS);
        return value.substring(0, space > 0 ? space : METADATA_CHARS).strip();
    }

    /** The date stamp of a free-text metadata value, its month repaired if it must be; its day/month order may be undecided. */
    private Optional<Dateline> stamp(String value, Optional<OutletConvention> outlet) {
        DayMonthOrder order = outlet.map(OutletConvention::order).orElse(null);
        String joined = TokenSpacing.join(value);
        return fromStamp(joined, order)
                .or(() -> MisspeltMonth.repair(joined).flatMap(r -> fromStamp(r.text(), order).map(d -> d.withNote(r.note()))));
    }

    /** Warns that the metadata of {@code raw} is not a date, and why when it holds a stamp. */
    private void warnUnread(RawArticle raw, Optional<OutletConvention> outlet) {
        if (!LOG.isLoggable(System.Logger.Level.WARNING)) {
            return; // the reason re-reads the value: worth it only when shown
        }
        String value = raw.publishedMetadata().strip();
        String head = head(value);
        LOG.log(System.Logger.Level.WARNING, "{0}: published date metadata is not a date: \"{1}\"{2}{3}; trying the text",
                raw.origin().describe(), head,
                head.length() < value.length() ? "… (the first " + head.length() + " characters read)" : "",
                whyUnread(head, outlet));
    }

    /** For the warning: why a metadata value that holds a date stamp was not read (empty when it holds none). */
    private String whyUnread(String value, Optional<OutletConvention> outlet) {
        return stamp(value, outlet).filter(Dateline::orderUndecided)
                .map(d -> " (" + d.text() + " reads day first or month first, and neither the outlet nor the page settles which)")
                .orElse("");
    }

    /** The date of a free-text stamp: a stamp alone, one opening the value, an age counted from a stated day, one among words. */
    private Optional<Dateline> fromStamp(String joined, DayMonthOrder order) {
        return datelines.parseStandalone(joined, order)
                .or(() -> datelines.parseLeading(joined, order))
                .or(() -> RelativeStamp.read(joined, order))
                .or(() -> datelines.parseWithin(joined, order));
    }

    private Optional<PublicationDate> iso(String v, String evidence, Optional<OutletConvention> outlet) {
        String normalised = SPACE_BEFORE_TIME.matcher(v).replaceFirst("$1T$2");
        normalised = SPACE_BEFORE_OFFSET.matcher(normalised).replaceFirst("$1$2");
        normalised = normalised.replaceFirst("(UTC|GMT)$", "Z");
        normalised = COMPACT_OFFSET.matcher(normalised).replaceFirst("$1:$2");
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(normalised,
                    ZonedDateTime::from, LocalDateTime::from);
            if (parsed instanceof ZonedDateTime z) {
                return Optional.of(new Dated(z.toLocalDateTime(), true, z.getOffset(), ZoneBasis.STATED, Source.METADATA, evidence));
            }
            return Optional.of(dated((LocalDateTime) parsed, true, null, outlet, Source.METADATA, evidence));
        } catch (DateTimeException ignored) {
            // not a date-time; maybe a date
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE.parse(normalised);
            LocalDate date = LocalDate.from(parsed);
            ZoneOffset stated = parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.from(parsed) : null;
            return Optional.of(dated(date.atStartOfDay(), false, stated, outlet, Source.METADATA, evidence));
        } catch (DateTimeException ignored) {
            return Optional.empty();
        }
    }

    private Optional<PublicationDate> fromDateline(RawArticle raw, Optional<OutletConvention> outlet) {
        DayMonthOrder order = outlet.map(OutletConvention::order).orElse(null);
        List<String> head = raw.text().lines().filter(l -> !l.isBlank()).limit(DATELINE_LINES).toList();
        Dateline firstUpdate = null;
        for (String line : head) {
            Optional<Dateline> found = datelines.parseLeading(line, order).flatMap(d -> settled(d, raw));
            if (found.isEmpty()) {
                continue;
            }
            if (!found.get().update()) {
                return Optional.of(toPublicationDate(found.get(), outlet, Source.DATELINE, null));
            }
            if (firstUpdate == null) {
                firstUpdate = found.get();
            }
        }
        return Optional.ofNullable(firstUpdate).map(d -> toPublicationDate(d, outlet, Source.DATELINE, null));
    }

    /** {@code d} when its day/month order is decided, else as the page's other clues read it, if they do. */
    private Optional<Dateline> settled(Dateline d, RawArticle raw) {
        if (!d.orderUndecided()) {
            return Optional.of(d);
        }
        return clues.decide(d, raw.url(), raw.text()).map(c -> d.inOrder(c.order(), c.reason()));
    }

    private static PublicationDate toPublicationDate(Dateline d, Optional<OutletConvention> outlet, Source source, String evidence) {
        String text = evidence != null ? evidence : d.text();
        if (d.note() != null) {
            text = text + " [" + d.note() + (d.note().contains("outlet") && outlet.isPresent()
                    ? " (" + outlet.get().domainSuffix() + ")" : "") + "]";
        }
        if (!d.hasYear()) {
            return new WithoutYear(d.monthDay(), source, text);
        }
        boolean hasTime = d.time() != null;
        LocalDateTime dateTime = hasTime ? d.date().atTime(d.time()) : d.date().atStartOfDay();
        if (d.statedOffset() == null && d.unresolvedZone() != null) {
            Optional<ZoneOffset> settled = outlet.flatMap(o -> ZoneAbbreviations.forOutlet(d.unresolvedZone(), o.zone()));
            if (settled.isPresent()) {
                return new Dated(dateTime, hasTime, settled.get(), ZoneBasis.STATED, source,
                        text + " [" + d.unresolvedZone() + " read as " + settled.get() + ": outlet " + outlet.get().domainSuffix() + "]");
            }
            return new Dated(dateTime, hasTime, null, ZoneBasis.NONE, source,
                    text + " [" + d.unresolvedZone() + " not read: ambiguous and the outlet does not settle it]");
        }
        return dated(dateTime, hasTime, d.statedOffset(), outlet, source, text);
    }

    private static Dated dated(LocalDateTime dateTime, boolean hasTime, ZoneOffset stated,
                               Optional<OutletConvention> outlet, Source source, String evidence) {
        if (stated != null) {
            return new Dated(dateTime, hasTime, stated, ZoneBasis.STATED, source, evidence);
        }
        if (outlet.isPresent()) {
            ZoneOffset offset = outlet.get().zone().getRules().getOffset(dateTime);
            return new Dated(dateTime, hasTime, offset, ZoneBasis.OUTLET, source, evidence);
        }
        return new Dated(dateTime, hasTime, null, ZoneBasis.NONE, source, evidence);
    }

    /** An instant is exact: shown at the outlet's offset when known (its local date), else UTC. */
    private static Dated fromInstant(Instant instant, Optional<OutletConvention> outlet, Source source, String evidence) {
        ZoneOffset offset = outlet.map(o -> o.zone().getRules().getOffset(instant)).orElse(ZoneOffset.UTC);
        OffsetDateTime at = instant.atOffset(offset);
        return new Dated(at.toLocalDateTime(), true, offset, ZoneBasis.STATED, source, evidence);
    }
}
