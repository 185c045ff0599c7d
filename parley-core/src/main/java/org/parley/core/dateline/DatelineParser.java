package org.parley.core.dateline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * read. Metadata values that hold a date stamp among other text are read by
 * {@link #parseWithin(String, DayMonthOrder)}. Stateless and thread-safe.
 *
 * <p>The forms of one date expression, and how an ambiguous day/month order is settled, are those
 * of {@link DateGrammar}.
 */
public final class DatelineParser {

    private static final Pattern LABEL = Pattern.compile(
            "(?<label>(?:last\\s+)?(?:updated?|edited|modified)(?:\\s+(?:on|at))?"
            + "|(?:first\\s+|originally\\s+)?(?:published|posted|released?)(?:\\s+(?:on|at))?|created|date|dateline"
            + "|cập\\s+nhật(?:\\s+lúc)?|ngày\\s+đăng|đăng\\s+(?:lúc|ngày)|xuất\\s+bản)(?![\\p{L}])\\s*:?\\s*", DateGrammar.FLAGS);
    private static final Pattern LABEL_ANYWHERE = Pattern.compile("(?<![\\p{L}])" + LABEL.pattern(), DateGrammar.FLAGS);
    private static final Pattern LABEL_AT_END = Pattern.compile(LABEL_ANYWHERE.pattern() + "$", DateGrammar.FLAGS);
    private static final Pattern PREPOSITION_AT_END = Pattern.compile(
            "(?<![\\p{L}])(?:for|on|in|since|until|till|by|before|after|from|to|of|during|through)\\s*$", DateGrammar.FLAGS);
    private static final Pattern AGENCY = Pattern.compile("\\s*\\(\\s*\\p{Lu}[\\p{L}&./\\- ]{0,24}\\)");
    private static final Pattern FILLER = Pattern.compile("[\\s|•·,;/\\-–—]+");
    private static final Pattern DASH_OR_COLON = Pattern.compile("\\s*[\\-–—:|]");
    private static final Pattern PLACE_PART = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|de|da|del|of|el|al|am|upon|on))*");

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
                update = isUpdate(label.group("label"));
                pos = label.end();
            }
            Matcher m = DateGrammar.EXPRESSION.matcher(s).region(pos, s.length());
            if (!m.lookingAt()) {
                continue;
            }
            Optional<Dateline> read = Optional.ofNullable(DateGrammar.read(m, order));
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
        Matcher m = DateGrammar.EXPRESSION.matcher(s);
        return m.matches() ? Optional.ofNullable(DateGrammar.read(m, order)) : Optional.empty();
    }

    /**
     * The publication date in text that carries a date stamp somewhere among other words: a
     * metadata value such as {@code Posted on Thu Jun 13, 2013 08 : 45 AM PDT},
     * {@code Reuters Sep 18, 2013, 02.16PM IST} or {@code Published July 28, 2004 He was 75.}.
     * Spaces from tokenized text are closed first ({@link TokenSpacing}). Each date expression
     * counts unless a preposition inside a sentence leads to it ({@code court date is set for
     * February 17, 2009}: an event date); it is an update stamp when the last label before it says
     * so ({@code Updated}, {@code Last updated}, {@code Edited}). The first that is not an update
     * wins, else the first update.
     */
    public Optional<Dateline> parseWithin(String text, DayMonthOrder order) {
        String s = TokenSpacing.join(text);
        Matcher m = DateGrammar.EXPRESSION.matcher(s);
        int gapStart = 0;
        Dateline firstUpdate = null;
        while (m.find()) {
            String gap = s.substring(gapStart, m.start());
            gapStart = m.end();
            Dateline read = DateGrammar.read(m, order);
            if (read == null || insideSentence(gap)) {
                continue;
            }
            Dateline d = read.asUpdate(lastLabelIsUpdate(gap));
            if (!d.update()) {
                return Optional.of(d);
            }
            if (firstUpdate == null) {
                firstUpdate = d;
            }
        }
        return Optional.ofNullable(firstUpdate);
    }

    /** Whether the text before a date ends with a preposition that a sentence, not a label, leads to it with. */
    private static boolean insideSentence(String before) {
        Matcher preposition = PREPOSITION_AT_END.matcher(before);
        if (!preposition.find() || LABEL_AT_END.matcher(before).find()) {
            return false; // "Posted on", or "on" opening the value: a label
        }
        return !before.substring(0, preposition.start()).isBlank();
    }

    private static boolean lastLabelIsUpdate(String before) {
        Matcher label = LABEL_ANYWHERE.matcher(before);
        boolean update = false;
        while (label.find()) {
            update = isUpdate(label.group("label"));
        }
        return update;
    }

    private static boolean isUpdate(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.startsWith("u") || l.contains("last") || l.startsWith("cập") || l.startsWith("edited") || l.startsWith("modified");
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
                update = isUpdate(label.group("label"));
                pos = label.end();
                continue;
            }
            Matcher m = DateGrammar.EXPRESSION.matcher(s).region(pos, s.length());
            if (!m.lookingAt() || m.end() == pos) {
                return List.of();
            }
            Optional<Dateline> read = Optional.ofNullable(DateGrammar.read(m, order));
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
