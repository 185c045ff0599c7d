package org.parley.core.dateline;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of one date expression, {@code weekday? time? zone? weekday? date time? zone?}, and
 * how a match becomes a {@link Dateline}. {@link DatelineParser} decides where an expression may
 * stand; this class only reads one. Stateless and thread-safe.
 *
 * <p>Dates: {@code March 26, 2024}, {@code 26th March 2024}, {@code 26/03/2024}, {@code 12/16/08},
 * {@code 2024-03-26}, {@code Dec-19-05}, {@code 26 tháng 3 năm 2024}. A two-digit year (only with
 * {@code /} or {@code -}) is 20xx. Times: {@code 20:20}, {@code 20h20}, {@code 08.23} (two-digit
 * hour only, so {@code 2.5} is no time), {@code 8:45 AM}, {@code 8:41 p.m.}, {@code 5:55p}. Zones:
 * {@code GMT+7}, {@code (GMT+05:00)}, {@code Z}, {@code +0700} and the abbreviations of
 * {@link ZoneAbbreviations}, after the date or after a leading time ({@code 9:46 PM CDT Sep 26, 2013}).
 *
 * <p>Numeric dates whose first two numbers are both at most 12 are read day-first or month-first
 * by, in this order: a weekday written with them that fits only one reading; Vietnamese words
 * (day-first); the caller's {@link DayMonthOrder}; dots as separators (day-first: {@code 08.07.2012}
 * is how day-first countries write it, month-first ones use slashes); a US time zone written with
 * it (month-first). Otherwise the result is {@linkplain Dateline#orderUndecided() undecided}.
 */
public final class DateGrammar {

    public static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?(?![\\p{L}])";
    public static final String DAY = "[0-3]?\\d(?:st|nd|rd|th)?(?![\\p{L}\\d])";
    public static final String YEAR = "(?:1[89]|2[01])\\d{2}(?!\\d)";
    private static final String DATE = "(?:"
            + "(?<amon>" + MONTH + ")\\s*(?<aday>" + DAY + ")(?:(?:\\s*[,\\-]\\s*|\\s+)(?<ayear>" + YEAR + "))?"
            + "|(?<bday>" + DAY + ")\\s+(?:of\\s+)?(?<bmon>" + MONTH + ")(?:,?\\s+(?<byear>" + YEAR + "))?"
            + "|(?<fmon>" + MONTH + ")-(?<fday>\\d{1,2})-(?<fyear>" + YEAR + "|\\d{2}(?!\\d))"
            + "|(?<!\\d)(?<cn1>\\d{1,2})(?<csep>[/.\\-])(?<cn2>\\d{1,2})\\k<csep>(?<cyear>" + YEAR + "|(?<=[/\\-])\\d{2}(?!\\d))"
            + "|(?<!\\d)(?<dyear>" + YEAR + ")(?<dsep>[/.\\-])(?<dmon>\\d{1,2})\\k<dsep>(?<dday>\\d{1,2})(?!\\d)"
            + "|(?<viet>ngày\\s+)?(?<eday>\\d{1,2})\\s+tháng\\s+(?<emon>\\d{1,2})(?:\\s*(?:năm|,)\\s*(?<eyear>" + YEAR + "))?"
            + ")";
    private static final String SEP = "\\s*(?:[,|/\\-–—•·@]|at|lúc)\\s*";

    /** One date expression: weekday? time? zone? weekday? date time? zone?. */
    public static final Pattern EXPRESSION = Pattern.compile(
            "(?<![\\p{L}\\d])(?:" + weekday("") + "\\s*,?\\s*)?"
            + "(?:" + time("t1") + "(?:\\s*" + zone("zone1") + ")?\\s*(?:[,|/\\-–—@]\\s*)?"
            + "(?:" + weekday("l") + "\\s*,?\\s*)?)?"
            + DATE
            + "(?:(?:" + SEP + "|\\s+|T)" + time("t2") + ")?"
            + "(?:\\s*" + zone("zone") + ")?", FLAGS);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DateGrammar() {
    }

    private static String weekday(String p) {
        return "(?:(?<" + p + "wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?(?![\\p{L}])"
                + "|(?<" + p + "vwd>thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật|cn)(?![\\p{L}]))";
    }

    private static String time(String p) {
        // "08.23" needs a two-digit hour: "2.5" after a date is a number, not a time.
        return "(?<" + p + "h>[01]?\\d|2[0-3])(?:[:h]|(?<=\\d\\d)\\.)(?<" + p + "m>[0-5]\\d)(?::(?<" + p + "s>[0-5]\\d))?(?:[.,]\\d{1,9})?"
                + "(?:\\s*(?<" + p + "ap>[ap]\\.?\\s?m\\.?|(?<=\\d)[ap])(?![\\p{L}]))?(?![\\d])";
    }

    private static String zone(String name) {
        return "(?<" + name + ">\\(\\s*(?:GMT|UTC)\\s*(?:[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?)?\\s*\\)"
                + "|(?:GMT|UTC)(?:\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?)?(?![\\p{L}])"
                + "|Z(?![\\p{L}])|[+\\-−]\\d{2}:?\\d{2}(?!\\d)"
                + "|\\(?(?-i:" + ZoneAbbreviations.REGION_NAMES + ")\\)?(?![\\p{L}])"
                + "|\\(?(?:" + ZoneAbbreviations.ABBREVIATIONS + ")\\)?(?![\\p{L}]))";
    }

    /** The dateline a match of {@link #EXPRESSION} denotes; null when it is no real date ("31 February", "25:70"). */
    /** Whether the matched date writes its month as a word ({@code May 2}, {@code 2 May 2013}, {@code Dec-19-05}). */
    public static boolean namesMonth(Matcher m) {
        return m.group("amon") != null || m.group("bmon") != null || m.group("fmon") != null;
    }

    public static Dateline read(Matcher m, DayMonthOrder order) {
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
            } else if (m.group("fmon") != null) {
                month = month(m.group("fmon"));
                day = number(m.group("fday"));
                year = year(m.group("fyear"));
            } else if (m.group("cn1") != null) {
                int first = number(m.group("cn1"));
                int second = number(m.group("cn2"));
                year = year(m.group("cyear"));
                boolean dayFirst;
                if (first > 12 || second > 12) {
                    dayFirst = first > 12;
                } else if (first == second) {
                    dayFirst = true;
                } else if (weekday != null && fits(year, second, first, weekday) != fits(year, first, second, weekday)) {
                    dayFirst = fits(year, second, first, weekday);
                    note = (dayFirst ? "dd/MM" : "MM/dd") + " read: only that order matches the weekday";
                } else if (m.group("vwd") != null || m.group("lvwd") != null) {
                    dayFirst = true;
                    note = "dd/MM read: Vietnamese dateline";
                } else if (order != null) {
                    dayFirst = order == DayMonthOrder.DAY_FIRST;
                    note = (dayFirst ? "dd/MM assumed: outlet writes day first" : "MM/dd assumed: outlet writes month first");
                } else if (m.group("csep").equals(".")) {
                    dayFirst = true;
                    note = "dd.MM read: dotted numeric dates are written day first";
                } else if (ZoneAbbreviations.impliesMonthFirst(m.group("zone") != null ? m.group("zone") : m.group("zone1"))) {
                    dayFirst = false;
                    note = "MM/dd read: written with a US time zone";
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
            LocalTime time = time(m, "t2");
            if (time == null) {
                time = time(m, "t1");
            }
            String zone = m.group("zone") != null ? m.group("zone") : m.group("zone1");
            ZoneOffset offset = null;
            String unresolvedZone = null;
            if (zone != null && ZoneAbbreviations.isAmbiguous(zone)) {
                unresolvedZone = zone.replaceAll("[()\\s]", "");
            } else if (zone != null) {
                LocalDateTime local = date == null ? null : date.atTime(time == null ? LocalTime.MIDNIGHT : time);
                offset = offset(zone, local);
            }
            if (date != null && weekday != null && date.getDayOfWeek() != weekday && !undecided) {
                note = (note == null ? "" : note + "; ") + "weekday written does not match the date";
            }
            return new Dateline(date, monthDay, time, offset, unresolvedZone, false, undecided, text, note);
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "31 February", "25:70": not a date, so not a dateline
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
        String en = m.group("wd") != null ? m.group("wd") : m.group("lwd");
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
        String vi = m.group("vwd") != null ? m.group("vwd") : m.group("lvwd");
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

    /** The offset a zone states at {@code local} (null when no date was written); null when it states none. */
    static ZoneOffset offset(String zone, LocalDateTime local) {
        String z = zone.replaceAll("[()\\s]", "").replace('−', '-').toUpperCase(Locale.ROOT);
        if (z.equals("Z") || z.equals("GMT") || z.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (Character.isLetter(z.charAt(0)) && !z.startsWith("GMT") && !z.startsWith("UTC")) {
            return ZoneAbbreviations.offset(z, local).orElse(null);
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

    /** A written year; two digits ({@code 12/16/08}) mean 20xx. */
    private static int year(String digits) {
        int y = number(digits);
        return y < 100 ? 2000 + y : y;
    }

    private static int number(String digitsMaybeOrdinal) {
        return Integer.parseInt(digitsMaybeOrdinal.replaceAll("\\D", ""));
    }

    private static Integer optionalNumber(String s) {
        return s == null ? null : number(s);
    }
}
