package org.parley.core.dateline;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Time zones written as abbreviations after a time ({@code 08:45 AM PDT}, {@code 2:48 PM ET},
 * {@code 08.23 BST}), turned into the offset they state.
 *
 * <p>The rule: an abbreviation with one meaning in English-language news is read as that fixed
 * offset ({@code EST} is -05:00 even when written in July: that is what the page says). A region
 * name without standard/daylight ({@code ET}, {@code PT}, {@code CT}, {@code MT}, {@code UK}) takes
 * the region's offset at the written local date and time. {@code IST} is India (+05:30), Ireland
 * (+01:00) or Israel (+02:00): it is read only when the outlet's zone is one of these, otherwise
 * not at all. Abbreviations not listed here ({@code AST}: Atlantic or Arabia) are not read.
 * Stateless and thread-safe.
 */
public final class ZoneAbbreviations {

    /** The abbreviations the grammar accepts in any case; longest first so {@code CEST} wins over {@code CET}. */
    static final String ABBREVIATIONS = "AEST|AEDT|ACST|AWST|AKST|AKDT|CEST|EEST|WEST|NZST|NZDT"
            + "|ICT|JST|KST|SGT|HKT|PHT|WIB|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|HST|CET|EET|WET|BST|MSK";
    /** Region names, accepted in capitals only: "et", "pt" and "uk" are words too. */
    static final String REGION_NAMES = "ET|CT|MT|PT|UK";

    private static final Map<String, ZoneOffset> FIXED = Map.ofEntries(
            Map.entry("ICT", ZoneOffset.ofHours(7)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("SGT", ZoneOffset.ofHours(8)),
            Map.entry("HKT", ZoneOffset.ofHours(8)), Map.entry("PHT", ZoneOffset.ofHours(8)),
            Map.entry("WIB", ZoneOffset.ofHours(7)),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("AKST", ZoneOffset.ofHours(-9)), Map.entry("AKDT", ZoneOffset.ofHours(-8)),
            Map.entry("HST", ZoneOffset.ofHours(-10)),
            Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)),
            Map.entry("ACST", ZoneOffset.ofHoursMinutes(9, 30)), Map.entry("AWST", ZoneOffset.ofHours(8)),
            Map.entry("NZST", ZoneOffset.ofHours(12)), Map.entry("NZDT", ZoneOffset.ofHours(13)));

    private static final Map<String, ZoneId> REGIONS = Map.of(
            "ET", ZoneId.of("America/New_York"), "CT", ZoneId.of("America/Chicago"),
            "MT", ZoneId.of("America/Denver"), "PT", ZoneId.of("America/Los_Angeles"),
            "UK", ZoneId.of("Europe/London"));

    /** For each ambiguous abbreviation, the outlet zones that settle it and the offset each gives. */
    private static final Map<String, Map<ZoneId, ZoneOffset>> AMBIGUOUS = Map.of(
            "IST", Map.of(ZoneId.of("Asia/Kolkata"), ZoneOffset.ofHoursMinutes(5, 30),
                    ZoneId.of("Europe/Dublin"), ZoneOffset.ofHours(1),
                    ZoneId.of("Asia/Jerusalem"), ZoneOffset.ofHours(2)));

    /** Zones only the United States writes: a page stating one writes its numeric dates month first. */
    private static final java.util.Set<String> MONTH_FIRST = java.util.Set.of("EST", "EDT", "CST", "CDT", "MST", "MDT",
            "PST", "PDT", "AKST", "AKDT", "HST", "ET", "CT", "MT", "PT");

    /** Whether a zone written with a date says the page writes numeric dates month first (a US zone). */
    static boolean impliesMonthFirst(String zone) {
        return zone != null && MONTH_FIRST.contains(zone.replaceAll("[()\\s]", "").toUpperCase(java.util.Locale.ROOT));
    }

    private ZoneAbbreviations() {
    }

    /**
     * The offset {@code abbreviation} states at {@code local} (the written date and time, or its
     * start of day); empty for an ambiguous or unknown one.
     */
    static Optional<ZoneOffset> offset(String abbreviation, LocalDateTime local) {
        String key = key(abbreviation);
        ZoneOffset fixed = FIXED.get(key);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        ZoneId region = REGIONS.get(key);
        return region == null || local == null ? Optional.empty() : Optional.of(region.getRules().getOffset(local));
    }

    /** Whether {@code abbreviation} has several meanings and needs the outlet ({@code IST}). */
    static boolean isAmbiguous(String abbreviation) {
        return AMBIGUOUS.containsKey(key(abbreviation));
    }

    /** The offset of an ambiguous abbreviation for an outlet in {@code outletZone}; empty when the outlet does not settle it. */
    public static Optional<ZoneOffset> forOutlet(String abbreviation, ZoneId outletZone) {
        Map<ZoneId, ZoneOffset> meanings = AMBIGUOUS.getOrDefault(key(abbreviation), Map.of());
        return meanings.entrySet().stream()
                .filter(e -> e.getKey().getRules().equals(outletZone.getRules()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static String key(String abbreviation) {
        return abbreviation.replaceAll("[()\\s]", "").toUpperCase(Locale.ROOT);
    }
}
