package org.parley.core.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads datelines and date stamps: lines such as {@code Mar 26, 2024 / 20:20},
 * {@code Thứ tư, 27/03/2024 - 07:05 (GMT+7)}, {@code Updated: 26/03/2024 10:15 GMT+7},
 * {@code 2024-03-26T20:20:00Z}, and line openings such as {@code WASHINGTON, March 26 (Reuters) -}
 * or {@code Kathmandu, Jan 7 (PTI)}.
 *
 * <p>It only reads a date where a dateline stands: a whole line, or the start of a line, optionally
 * after a place name and a comma, followed by an agency in brackets, a dash or colon, or the end of
 * the line. A date inside a sentence ({@code ... talks on May 28.}) is an event date and is never
 * read. Stateless and thread-safe.
 *
 * <p>Numeric dates whose first two numbers are both at most 12 are read day-first or month-first
 * by, in this order: a weekday written with them that fits only one reading; Vietnamese words
 * (day-first); the caller's {@link DayMonthOrder}. Otherwise the result is
 * {@linkplain Dateline#orderUndecided() undecided}.
 */
public final class DatelineParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?(?![\\p{L}])";
    private static final String DAY = "[0-3]?\\d(?:st|nd|rd|th)?(?![\\p{L}\\d])";
    private static final String YEAR = "(?:1[89]|2[01])\\d{2}(?!\\d)";
    private static final String WEEKDAY = "(?:(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?(?![\\p{L}])"
            + "|(?<vwd>thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật|cn)(?![\\p{L}]))";
    private static final String DATE = "(?:"
            + "(?<amon>" + MONTH + ")\\s*(?<aday>" + DAY + ")(?:(?:\\s*,\\s*|\\s+)(?<ayear>" + YEAR + "))?"
            + "|(?<bday>" + DAY + ")\\s+(?:of\\s+)?(?<bmon>" + MONTH + ")(?:,?\\s+(?<byear>" + YEAR + "))?"
            + "|(?<cn1>\\d{1,2})(?<csep>[/.\\-])(?<cn2>\\d{1,2})\\k<csep>(?<cyear>" + YEAR + ")"
            + "|(?<dyear>" + YEAR + ")(?<dsep>[/.\\-])(?<dmon>\\d{1,2})\\k<dsep>(?<dday>\\d{1,2})(?!\\d)"
            + "|(?<viet>ngày\\s+)?(?<eday>\\d{1,2})\\s+tháng\\s+(?<emon>\\d{1,2})(?:\\s*(?:năm|,)\\s*(?<eyear>" + YEAR + "))?"
            + ")";
    private static String time(String p) {
        return "(?<" + p + "h>[01]?\\d|2[0-3])[:h](?<" + p + "m>[0-5]\\d)(?::(?<" + p + "s>[0-5]\\d))?(?:[.,]\\d{1,9})?"
                + "(?:\\s*(?<" + p + "ap>[ap]\\.?\\s?m\\.?)(?![\\p{L}]))?(?![\\d])";
    }
    private static final String ZONE_ABBREVIATIONS = "ICT|JST|KST|SGT|HKT|PHT|WIB|IST|EST|EDT|PST|PDT|CET|CEST|BST|MSK|AEST|AEDT";
    private static final String ZONE = "(?<zone>\\(\\s*(?:GMT|UTC)\\s*(?:[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?)?\\s*\\)"
            + "|(?:GMT|UTC)(?:\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?)?(?![\\p{L}])"
            + "|Z(?![\\p{L}])|[+\\-−]\\d{2}:?\\d{2}(?!\\d)"
            + "|\\(?(?:" + ZONE_ABBREVIATIONS + ")\\)?(?![\\p{L}]))";
    private static final String SEP = "\\s*(?:[,|/\\-–—•·]|at|lúc)\\s*";

    /** One date expression: weekday? time? date time? zone?. */
    private static final Pattern EXPRESSION = Pattern.compile(
            "(?:" + WEEKDAY + "\\s*,?\\s*)?"
            + "(?:" + time("t1") + "\\s*(?:[,|/\\-–—]\\s*)?)?"
            + DATE
            + "(?:(?:" + SEP + "|\\s+|T)" + time("t2") + ")?"
            + "(?:\\s*" + ZONE + ")?", FLAGS);

    private static final Pattern LABEL = Pattern.compile(
            "(?<label>(?:last\\s+)?updated?(?:\\s+(?:on|at))?|(?:first\\s+)?published(?:\\s+(?:on|at))?"
            + "|posted(?:\\s+(?:on|at))?|created|date|dateline"
            + "|cập\\s+nhật(?:\\s+lúc)?|ngày\\s+đăng|đăng\\s+(?:lúc|ngày)|xuất\\s+bản)(?![\\p{L}])\\s*:?\\s*", FLAGS);
    private static final Pattern AGENCY = Pattern.compile("\\s*\\(\\s*\\p{Lu}[\\p{L}&./\\- ]{0,24}\\)");
    private static final Pattern FILLER = Pattern.compile("[\\s|•·,;/\\-–—]+");
    private static final Pattern DASH_OR_COLON = Pattern.compile("\\s*[\\-–—:|]");
    private static final Pattern PLACE_PART = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|de|da|del|of|el|al|am|upon|on))*");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, ZoneOffset> ABBREVIATED_ZONES = Map.ofEntries(
            Map.entry("ICT", ZoneOffset.ofHours(7)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("SGT", ZoneOffset.ofHours(8)),
            Map.entry("HKT", ZoneOffset.ofHours(8)), Map.entry("PHT", ZoneOffset.ofHours(8)),
            Map.entry("WIB", ZoneOffset.ofHours(7)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)));

    /** Whether the whole line is one or more date stamps (with labels, separators, an agency). */
    public boolean isStandalone(String line) {
        return !standaloneDates(line, DayMonthOrder.DAY_FIRST).isEmpty();
    }

    /**
     * The dateline of a line that is nothing but date stamps; when it holds several
     * ({@code Published: … | Updated: …}) the first that is not an update stamp.
     */
    public Optional<Dateline> parseStandalone(String line, DayMonthOrder order) {
        List<Dateline> all = standaloneDates(line, order);
        return all.stream().filter(d -> !d.update()).findFirst().or(() -> all.stream().findFirst());
    }

    /**
     * The dateline at the start of {@code line}, if the line is a dateline or opens with one:
     * {@code [Place[, Country],] [label] date-expression [(Agency)]} followed by a dash, a colon,
     * a bar or the end of the line. Month-day datelines without a year need a place, an agency
     * or a dash to count.
     */
    public Optional<Dateline> parseLeading(String line, DayMonthOrder order) {
        Optional<Dateline> standalone = parseStandalone(line, order);
        if (standalone.isPresent()) {
            return standalone;
        }
        String s = stripSpace(line);
        int lead = 0;
        List<Integer> starts = new ArrayList<>();
        starts.add(lead);
        // Candidate starts after "Place," and "Place, Country," prefixes.
        int from = lead;
        for (int part = 0; part < 2; part++) {
            int comma = s.indexOf(',', from);
            if (comma < 0 || comma - from > 40) {
                break;
            }
            if (!PLACE_PART.matcher(s.substring(from, comma).strip()).matches()) {
                break;
            }
            from = comma + 1;
            while (from < s.length() && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
            starts.add(from);
        }
        for (int start : starts) {
            boolean hasPlace = start != lead;
            int pos = start;
            boolean update = false;
            Matcher label = LABEL.matcher(s).region(pos, s.length());
            if (label.lookingAt()) {
                update = label.group("label").toLowerCase(Locale.ROOT).startsWith("u")
                        || label.group("label").toLowerCase(Locale.ROOT).contains("last")
                        || label.group("label").toLowerCase(Locale.ROOT).startsWith("cập");
                pos = label.end();
            }
            Matcher m = EXPRESSION.matcher(s).region(pos, s.length());
            if (!m.lookingAt()) {
                continue;
            }
            Optional<Dateline> read = read(m, order);
            if (read.isEmpty()) {
                continue;
            }
            int end = m.end();
            Matcher agency = AGENCY.matcher(s).region(end, s.length());
            boolean hasAgency = agency.lookingAt();
            if (hasAgency) {
                end = agency.end();
            }
            boolean atEnd = s.substring(end).isBlank();
            boolean dash = DASH_OR_COLON.matcher(s).region(end, s.length()).lookingAt();
            Dateline d = read.get();
            boolean delimited = atEnd || dash || hasAgency;
            boolean anchoredWithoutYear = hasPlace || hasAgency || dash;
            if (delimited && (d.hasYear() || anchoredWithoutYear)) {
                return Optional.of(d.asUpdate(update).withText(s.substring(lead, end).strip()));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads {@code text} when it is exactly one date expression (used for metadata values that
     * are not ISO 8601, e.g. {@code March 26, 2024 8:20 PM}).
     */
    public Optional<Dateline> parseExpression(String text, DayMonthOrder order) {
        String s = text.strip();
        Matcher m = EXPRESSION.matcher(s);
        return m.matches() ? read(m, order) : Optional.empty();
    }

    private List<Dateline> standaloneDates(String line, DayMonthOrder order) {
        String s = stripSpace(line);
        List<Dateline> found = new ArrayList<>();
        int pos = 0;
        boolean update = false;
        while (true) {
            Matcher filler = FILLER.matcher(s).region(pos, s.length());
            if (filler.lookingAt()) {
                pos = filler.end();
            }
            if (pos >= s.length()) {
                return found;
            }
            Matcher label = LABEL.matcher(s).region(pos, s.length());
            if (label.lookingAt()) {
                String l = label.group("label").toLowerCase(Locale.ROOT);
                update = l.startsWith("u") || l.contains("last") || l.startsWith("cập");
                pos = label.end();
                continue;
            }
            Matcher m = EXPRESSION.matcher(s).region(pos, s.length());
            if (!m.lookingAt() || m.end() == pos) {
                return List.of();
            }
            Optional<Dateline> read = read(m, order);
            if (read.isEmpty()) {
                return List.of();
            }
            found.add(read.get().asUpdate(update));
            update = false;
            pos = m.end();
            Matcher agency = AGENCY.matcher(s).region(pos, s.length());
            if (agency.lookingAt()) {
                pos = agency.end();
            }
            // The next thing must be filler or the end: "March 26, 2024 text" is not a stamp.
            if (pos < s.length() && !FILLER.matcher(s).region(pos, s.length()).lookingAt()) {
                return List.of();
            }
        }
    }

    private static Optional<Dateline> read(Matcher m, DayMonthOrder order) {
        String text = m.group().strip();
        Integer year;
        int month;
        int day;
        String note = null;
        boolean undecided = false;
        DayOfWeek weekday = weekday(m);
        try {
            if (m.group("amon") != null) {
                month = month(m.group("amon"));
                day = number(m.group("aday"));
                year = optionalNumber(m.group("ayear"));
            } else if (m.group("bmon") != null) {
                month = month(m.group("bmon"));
                day = number(m.group("bday"));
                year = optionalNumber(m.group("byear"));
            } else if (m.group("cn1") != null) {
                int first = number(m.group("cn1"));
                int second = number(m.group("cn2"));
                year = number(m.group("cyear"));
                boolean dayFirst;
                if (first > 12 || second > 12) {
                    dayFirst = first > 12;
                } else if (first == second) {
                    dayFirst = true;
                } else if (weekday != null && fits(year, second, first, weekday) != fits(year, first, second, weekday)) {
                    dayFirst = fits(year, second, first, weekday);
                    note = (dayFirst ? "dd/MM" : "MM/dd") + " read: only that order matches the weekday";
                } else if (m.group("vwd") != null) {
                    dayFirst = true;
                    note = "dd/MM read: Vietnamese dateline";
                } else if (order != null) {
                    dayFirst = order == DayMonthOrder.DAY_FIRST;
                    note = (dayFirst ? "dd/MM assumed: outlet writes day first" : "MM/dd assumed: outlet writes month first");
                } else {
                    dayFirst = true;
                    undecided = true;
                    note = "day/month order undecided: both readings valid and outlet unknown";
                }
                day = dayFirst ? first : second;
                month = dayFirst ? second : first;
            } else if (m.group("dyear") != null) {
                year = number(m.group("dyear"));
                month = number(m.group("dmon"));
                day = number(m.group("dday"));
            } else {
                year = optionalNumber(m.group("eyear"));
                month = number(m.group("emon"));
                day = number(m.group("eday"));
            }
            MonthDay monthDay = MonthDay.of(month, day);
            LocalDate date = year == null ? null : LocalDate.of(year, month, day);
            if (year == null && month == 2 && day == 29) {
                monthDay = MonthDay.of(2, 29); // valid without a year
            }
            LocalTime time = time(m, "t2");
            if (time == null) {
                time = time(m, "t1");
            }
            ZoneOffset offset = m.group("zone") == null ? null : offset(m.group("zone"));
            if (date != null && weekday != null && date.getDayOfWeek() != weekday && !undecided) {
                note = (note == null ? "" : note + "; ") + "weekday written does not match the date";
            }
            return Optional.of(new Dateline(date, monthDay, time, offset, false, undecided, text, note));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "31 February", "25:70": not a date, so not a dateline
        }
    }

    private static boolean fits(int year, int month, int day, DayOfWeek weekday) {
        try {
            return LocalDate.of(year, month, day).getDayOfWeek() == weekday;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static DayOfWeek weekday(Matcher m) {
        String en = m.group("wd");
        if (en != null) {
            String k = en.toLowerCase(Locale.ROOT);
            return switch (k.substring(0, 2)) {
                case "mo" -> DayOfWeek.MONDAY;
                case "tu" -> DayOfWeek.TUESDAY;
                case "we" -> DayOfWeek.WEDNESDAY;
                case "th" -> DayOfWeek.THURSDAY;
                case "fr" -> DayOfWeek.FRIDAY;
                case "sa" -> DayOfWeek.SATURDAY;
                default -> DayOfWeek.SUNDAY;
            };
        }
        String vi = m.group("vwd");
        if (vi == null) {
            return null;
        }
        String k = vi.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (k.startsWith("chủ") || k.equals("cn")) {
            return DayOfWeek.SUNDAY;
        }
        // "Thứ hai" (second day) is Monday ... "Thứ bảy" (seventh) is Saturday.
        String n = k.substring(k.indexOf(' ') + 1);
        int ordinal = switch (n) {
            case "hai", "2" -> 2;
            case "ba", "3" -> 3;
            case "tư", "4" -> 4;
            case "năm", "5" -> 5;
            case "sáu", "6" -> 6;
            default -> 7;
        };
        return DayOfWeek.of(ordinal - 1);
    }

    private static LocalTime time(Matcher m, String p) {
        String h = m.group(p + "h");
        if (h == null) {
            return null;
        }
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m.group(p + "m"));
        int second = m.group(p + "s") == null ? 0 : Integer.parseInt(m.group(p + "s"));
        String ap = m.group(p + "ap");
        if (ap != null) {
            if (hour < 1 || hour > 12) {
                throw new DateTimeException("hour " + hour + " with am/pm");
            }
            boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return LocalTime.of(hour, minute, second);
    }

    static ZoneOffset offset(String zone) {
        String z = zone.replaceAll("[()\\s]", "").replace('−', '-').toUpperCase(Locale.ROOT);
        ZoneOffset abbreviated = ABBREVIATED_ZONES.get(z);
        if (abbreviated != null) {
            return abbreviated;
        }
        if (z.equals("Z") || z.equals("GMT") || z.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        String sign = z.replaceFirst("^(GMT|UTC)", "");
        int negative = sign.startsWith("-") ? -1 : 1;
        String digits = sign.substring(1);
        int hours;
        int minutes = 0;
        if (digits.contains(":")) {
            hours = Integer.parseInt(digits.substring(0, digits.indexOf(':')));
            minutes = Integer.parseInt(digits.substring(digits.indexOf(':') + 1));
        } else if (digits.length() > 2) {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        } else {
            hours = Integer.parseInt(digits);
        }
        return ZoneOffset.ofHoursMinutes(negative * hours, negative * minutes);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static int number(String digitsMaybeOrdinal) {
        return Integer.parseInt(digitsMaybeOrdinal.replaceAll("\\D", ""));
    }

    private static Integer optionalNumber(String s) {
        return s == null ? null : number(s);
    }

    private static String stripSpace(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        int begin = 0;
        while (begin < end && isSpace(s.charAt(begin))) {
            begin++;
        }
        return s.substring(begin, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
