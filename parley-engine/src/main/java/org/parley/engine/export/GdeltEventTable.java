package org.parley.engine.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.parley.core.places.Countries;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.model.Location;

/**
 * The GDELT 2.0 Event table: the codebook's 61 columns, in its order, one row per consolidated
 * event. Reads an event and the stored articles of its mentions; gives the row's cells (empty
 * where Parley has no value). Immutable and thread-safe.
 *
 * <p>How Parley fills them: Actor1 is the event's first source and Actor2 its first target (code =
 * country + sector, both CAMEO codes; Type1Code the sector); the day columns hold the event's date,
 * the first day of a month, year or period (empty when unknown); EventCode, EventBaseCode and
 * EventRootCode come from the event's CAMEO code, QuadClass and GoldsteinScale from {@link
 * CameoScales}; NumMentions counts mentions, NumArticles their articles and NumSources their
 * outlets; IsRootEvent is 1 when a mention is in the first three sentences of its article (headline
 * and lead); ActionGeo is the event's place; DATEADDED is when the first of its articles was
 * ingested and SOURCEURL the first mention's document; ActionGeo_CountryCode is the place's country
 * as a FIPS 10-4 code ({@link FipsCountryCodes}). Left empty: the known-group, ethnic and religion
 * codes, Type2/Type3, AvgTone, Actor1Geo and Actor2Geo (Parley places events, not actors), and the
 * Geo ADM1 and ADM2 codes and FeatureID (administrative-division and gazetteer ids Parley does not have).
 */
public final class GdeltEventTable {
    public static final List<Column> COLUMNS = columns();
    /** The sentences counted as an article's lead for IsRootEvent: the headline and the first two. */
    private static final int ROOT_SENTENCES = 3;

    private final CameoScales scales;
    private final Countries countries;
    private final FipsCountryCodes fips;

    public GdeltEventTable(CameoScales scales, Countries countries, FipsCountryCodes fips) {
        this.scales = Objects.requireNonNull(scales, "scales");
        this.countries = Objects.requireNonNull(countries, "countries");
        this.fips = Objects.requireNonNull(fips, "fips");
    }

    /** The bundled Goldstein and QuadClass tables, countries and FIPS codes. */
    public static GdeltEventTable bundled() {
        return new GdeltEventTable(CameoScales.bundled(), Countries.bundled(), FipsCountryCodes.bundled());
    }

    /** The event's row, {@link #COLUMNS} in order. */
    public List<String> row(Event e, ExportData data) {
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(Long.toString(GdeltIds.eventId(e.id())));
        Optional<LocalDate> day = GdeltDates.day(e.date());
        row.add(day.map(GdeltDates::sqlDate).orElse(""));
        row.add(day.map(GdeltDates::monthYear).orElse(""));
        row.add(day.map(d -> Integer.toString(d.getYear())).orElse(""));
        row.add(day.map(GdeltDates::fractionDate).orElse(""));
        addActor(row, e.source());
        addActor(row, e.target());
        row.add(e.mentions().stream().anyMatch(m -> m.evidence().sentence() < ROOT_SENTENCES) ? "1" : "0");
        addCoding(row, e.cameo());
        row.add(Integer.toString(e.mentions().size()));
        row.add(Long.toString(e.mentions().stream().map(m -> GdeltIds.sourceName(m, data)).distinct().count()));
        row.add(Long.toString(e.mentions().stream().map(m -> m.evidence().article()).distinct().count()));
        row.add("");  // AvgTone: Parley scores no tone
        addEmptyGeo(row);
        addEmptyGeo(row);
        addGeo(row, e.location());
        row.add(dateAdded(e, data));
        row.add(e.mentions().get(0).evidence().doc());
        return row;
    }

    private static void addActor(List<String> row, List<Actor> actors) {
        Actor a = actors.isEmpty() ? null : actors.get(0);
        String country = a == null || a.country() == null ? "" : a.country();
        String sector = a == null || a.sector() == null ? "" : a.sector();
        row.add(a == null ? "" : CameoActorCode.of(a));
        row.add(a == null ? "" : a.name().toUpperCase(Locale.ROOT));
        row.add(country);
        row.addAll(List.of("", "", "", ""));  // known group, ethnic, religion 1 and 2
        row.add(sector);
        row.addAll(List.of("", ""));          // Type2Code, Type3Code
    }

    private void addCoding(List<String> row, String cameo) {
        if (!CameoScales.isCode(cameo)) {
            row.addAll(List.of("", "", "", "", ""));
            return;
        }
        // GDELT writes a root alone as its "not specified" code: 04 -> 040
        String code = cameo.length() == 2 ? cameo + "0" : cameo;
        row.add(code);
        row.add(code.substring(0, 3));
        row.add(code.substring(0, 2));
        row.add(scales.quadClass(code).stream().mapToObj(Integer::toString).findFirst().orElse(""));
        row.add(scales.goldstein(code).stream().mapToObj(GdeltEventTable::decimal).findFirst().orElse(""));
    }

    private static void addEmptyGeo(List<String> row) {
        row.addAll(List.of("", "", "", "", "", "", "", ""));
    }

    private void addGeo(List<String> row, Location place) {
        if (place == null) {
            addEmptyGeo(row);
            return;
        }
        Optional<String> countryName = Optional.ofNullable(place.country()).flatMap(countries::byCode)
                .map(c -> c.name());
        boolean wholeCountry = countryName.map(place.name()::equals).orElse(false);
        row.add(geoType(place, wholeCountry));
        row.add(wholeCountry || countryName.isEmpty() ? place.name() : place.name() + ", " + countryName.get());
        row.add(fips.of(place.country()).orElse(""));
        row.addAll(List.of("", ""));      // ADM1, ADM2 codes
        row.add(place.lat() == null ? "" : decimal(place.lat()));
        row.add(place.lon() == null ? "" : decimal(place.lon()));
        row.add("");                      // FeatureID
    }

    /** The codebook's Geo_Type: 1 a country, 3 a US city, 4 a city elsewhere; empty when not geocoded. */
    private static String geoType(Location place, boolean wholeCountry) {
        if (wholeCountry) {
            return "1";
        }
        if (place.country() == null || place.lat() == null) {
            return "";
        }
        return place.country().equals("USA") ? "3" : "4";
    }

    /** When the first of the event's articles was ingested, as DATEADDED (UTC); empty when none is stored. */
    static String dateAdded(Event e, ExportData data) {
        return e.mentions().stream().map(EventMention::evidence)
                .flatMap(ev -> data.article(ev.article()).stream()).map(Article::ingestedAt)
                .min(Comparator.naturalOrder()).map(GdeltDates::timestamp).orElse("");
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", ".0");
    }

    private static List<Column> columns() {
        List<Column> out = new ArrayList<>(List.of(Column.integer("GLOBALEVENTID"), Column.integer("SQLDATE"),
                Column.integer("MonthYear"), Column.integer("Year"), Column.decimal("FractionDate")));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String field : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                    "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                out.add(Column.text(actor + field));
            }
        }
        out.addAll(List.of(Column.integer("IsRootEvent"), Column.text("EventCode"), Column.text("EventBaseCode"),
                Column.text("EventRootCode"), Column.integer("QuadClass"), Column.decimal("GoldsteinScale"),
                Column.integer("NumMentions"), Column.integer("NumSources"), Column.integer("NumArticles"),
                Column.decimal("AvgTone")));
        for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            out.addAll(List.of(Column.integer(geo + "Type"), Column.text(geo + "FullName"),
                    Column.text(geo + "CountryCode"), Column.text(geo + "ADM1Code"), Column.text(geo + "ADM2Code"),
                    Column.decimal(geo + "Lat"), Column.decimal(geo + "Long"), Column.text(geo + "FeatureID")));
        }
        out.addAll(List.of(Column.integer("DATEADDED"), Column.text("SOURCEURL")));
        return List.copyOf(out);
    }
}
