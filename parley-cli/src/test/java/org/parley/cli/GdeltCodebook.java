package org.parley.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.parley.engine.export.Column;
import org.parley.engine.export.GdeltEventTable;

/**
 * The types and ranges the GDELT 2.0 Event codebook gives each of the Event table's 61 columns,
 * checked on one exported row; an empty cell is allowed except where the codebook always fills one.
 */
final class GdeltCodebook {
    private static final List<String> NAMES = GdeltEventTable.COLUMNS.stream().map(Column::name).toList();

    private GdeltCodebook() {
    }

    /** What is wrong with one row, as "COLUMN: value"; empty when it follows the codebook. */
    static List<String> violations(String[] row) {
        List<String> out = new ArrayList<>();
        if (row.length != 61) {
            return List.of("61 columns expected, found " + row.length);
        }
        for (int i = 0; i < row.length; i++) {
            String value = row[i];
            if (!rule(NAMES.get(i)).test(value)) {
                out.add(NAMES.get(i) + ": '" + value + "'");
            }
        }
        String eventCode = cell(row, "EventCode");
        if (!eventCode.isEmpty() && !(eventCode.startsWith(cell(row, "EventBaseCode"))
                && eventCode.startsWith(cell(row, "EventRootCode")) && !cell(row, "QuadClass").isEmpty())) {
            out.add("EventCode " + eventCode + " does not extend its base and root codes, or has no QuadClass");
        }
        String day = cell(row, "SQLDATE");
        if (!day.isEmpty() && !(day.startsWith(cell(row, "MonthYear")) && day.startsWith(cell(row, "Year"))
                && cell(row, "FractionDate").startsWith(cell(row, "Year") + "."))) {
            out.add("SQLDATE " + day + " disagrees with MonthYear, Year or FractionDate");
        }
        for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            // Type 1 is a whole country, which the codebook always gives its FIPS code.
            if (cell(row, geo + "Type").equals("1") && cell(row, geo + "CountryCode").isEmpty()) {
                out.add(geo + "Type 1 (a country) without a " + geo + "CountryCode");
            }
        }
        if (!(whole(cell(row, "NumSources")) <= whole(cell(row, "NumArticles"))
                && whole(cell(row, "NumArticles")) <= whole(cell(row, "NumMentions")))) {
            out.add("NumSources <= NumArticles <= NumMentions does not hold");
        }
        return out;
    }

    static String cell(String[] row, String column) {
        return row[NAMES.indexOf(column)];
    }

    private static Predicate<String> rule(String column) {
        if (column.equals("GLOBALEVENTID")) {
            return v -> v.matches("[1-9][0-9]*|0");
        }
        if (column.equals("SQLDATE")) {
            return optional(v -> date(v, "yyyyMMdd"));
        }
        if (column.equals("MonthYear")) {
            return optional(v -> v.matches("[12][0-9]{3}(0[1-9]|1[0-2])"));
        }
        if (column.equals("Year")) {
            return optional(v -> v.matches("[12][0-9]{3}"));
        }
        if (column.equals("FractionDate")) {
            return optional(v -> v.matches("[12][0-9]{3}\\.[0-9]{4}"));
        }
        if (column.matches("Actor[12]Code")) {
            return optional(v -> v.matches("([A-Z]{3})+"));
        }
        if (column.matches("Actor[12](CountryCode|KnownGroupCode|EthnicCode|Religion[12]Code|Type[123]Code)")) {
            return optional(v -> v.matches("[A-Z]{3}"));
        }
        if (column.equals("IsRootEvent")) {
            return v -> v.equals("0") || v.equals("1");
        }
        if (column.equals("EventCode")) {
            return optional(v -> v.matches("(0[1-9]|1[0-9]|20)[0-9]{1,2}"));
        }
        if (column.equals("EventBaseCode")) {
            return optional(v -> v.matches("(0[1-9]|1[0-9]|20)[0-9]"));
        }
        if (column.equals("EventRootCode")) {
            return optional(v -> v.matches("0[1-9]|1[0-9]|20"));
        }
        if (column.equals("QuadClass")) {
            return optional(v -> v.matches("[1-4]"));
        }
        if (column.equals("GoldsteinScale")) {
            return optional(v -> between(v, -10, 10));
        }
        if (column.startsWith("Num")) {
            return v -> v.matches("[1-9][0-9]*");
        }
        if (column.equals("AvgTone")) {
            return optional(v -> between(v, -100, 100));
        }
        if (column.endsWith("Geo_Type")) {
            return optional(v -> v.matches("[0-5]"));
        }
        if (column.endsWith("Geo_CountryCode")) {
            return optional(v -> v.matches("[A-Z]{2}"));  // FIPS 10-4, two uppercase letters
        }
        if (column.endsWith("Geo_Lat")) {
            return optional(v -> between(v, -90, 90));
        }
        if (column.endsWith("Geo_Long")) {
            return optional(v -> between(v, -180, 180));
        }
        if (column.equals("DATEADDED")) {
            return v -> dateTime(v);
        }
        if (column.equals("SOURCEURL")) {
            return v -> !v.isBlank();
        }
        return v -> !v.contains("\t") && !v.contains("\n");  // names, full names, ADM codes, feature ids
    }

    private static Predicate<String> optional(Predicate<String> rule) {
        return v -> v.isEmpty() || rule.test(v);
    }

    private static boolean between(String v, double low, double high) {
        try {
            double d = Double.parseDouble(v);
            return d >= low && d <= high;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static long whole(String v) {
        return Long.parseLong(v);
    }

    private static boolean date(String v, String pattern) {
        try {
            LocalDate.parse(v, DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"))
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean dateTime(String v) {
        try {
            LocalDateTime.parse(v, DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
