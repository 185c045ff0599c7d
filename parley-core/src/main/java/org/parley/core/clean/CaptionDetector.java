package org.parley.core.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which kept lines are photo captions. A caption needs evidence, not just a short line:
 * <ul>
 *   <li>a photo credit ending the line: {@code ... Photo: Ministry of Foreign Affairs |},
 *       {@code ... (Photo: VNA)}, {@code ... Photo by X}, or opening it: {@code Photo: ...};</li>
 *   <li>a position marker: {@code (left)}, {@code (right)}, {@code (second from left)}, {@code (L)};</li>
 *   <li>a one-sentence line of at most {@value #DATED_SCENE_WORDS} words that ends in a bare date set
 *       off by a comma ({@code "X chaired the welcoming ceremony for Y, September 10, 2023."}): the
 *       wire-photo convention of dating the picture. Prose gives a date with a preposition
 *       ("on September 10, 2023"), so a comma-date after "on Monday", "since" or another
 *       preposition is not taken as one;</li>
 *   <li>a short line without a sentence-final period (an abbreviation such as {@code D.C.} may
 *       end it) whose words all but repeat a neighbouring, longer line: the body telling the
 *       same scene.</li>
 * </ul>
 * Stateless.
 */
final class CaptionDetector {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String PHOTO = "(?:photos?|image|picture|file\\s+photo|ảnh)";
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "(?:\\(\\s*" + PHOTO + "(?:\\s*:|\\s+by|\\s+courtesy(?:\\s+of)?)[^()]{1,80}\\)"
            + "|\\b" + PHOTO + "(?:\\s*:|\\s+by|\\s+courtesy(?:\\s+of)?)\\s*[^.!?|()]{1,80}(?:\\.|\\s*\\|)?)\\s*\\|?\\s*$", CI);
    private static final Pattern CREDIT_AT_START = Pattern.compile(PHOTO + "\\s*:\\s*\\S.*", CI);
    private static final Pattern POSITION = Pattern.compile(
            "\\((?:(?i:left|right|centre|center|middle|front|back|l-r|r-l|left\\s+to\\s+right|from\\s+(?:left|right)"
            + "|(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\\s+(?:from\\s+)?(?:left|right)|standing|seated|top|bottom)"
            + "|L|R|C)(?:\\s*[:,;][^)]*)?\\)");
    private static final Pattern ABBREVIATION_END = Pattern.compile("\\p{Ps}?(?:(?:\\p{Lu}\\.){2,}|(?:Jr|Sr|St|Dr|Mr|Mrs|Ms|Gen|Lt|Col)\\.)");

    static final int DATED_SCENE_WORDS = 40;
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    private static final Pattern BARE_DATE_AT_END = Pattern.compile(",\\s*(?:" + WEEKDAY + ",?\\s+)?(?:" + MONTH
            + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})\\s*\\.?\\s*$");
    private static final Pattern LEADS_INTO_DATE = Pattern.compile(
            "(?i)\\b(?:on|since|until|till|by|from|to|of|in|at|before|after|dated|" + WEEKDAY + ")\\s*$");

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"”’)]*\\s+\\p{Lu}");

    boolean isCaption(List<String> lines, int i) {
        String line = lines.get(i);
        int words = words(line);
        if (words > 60) {
            return false;
        }
        // Credits sit in the last stretch of a line: search only there.
        int tail = Math.max(0, line.length() - 120);
        if (mentionsPhoto(line.substring(tail))
                && (CREDIT_AT_END.matcher(line).region(tail, line.length()).find() || CREDIT_AT_START.matcher(line).matches())) {
            return true;
        }
        if (words <= 45 && line.indexOf('(') >= 0 && POSITION.matcher(line).find() && sentences(line) <= 1) {
            return true;
        }
        if (words <= DATED_SCENE_WORDS && sentences(line) <= 1 && datesAScene(line)) {
            return true;
        }
        return i > 0 && repeatsNeighbour(lines, i);
    }

    /** Whether the line ends in a bare date set off by a comma, not one that prose leads into. */
    static boolean datesAScene(String line) {
        var date = BARE_DATE_AT_END.matcher(line);
        if (!date.find()) {
            return false;
        }
        String before = line.substring(0, date.start()).strip();
        return before.split("\\s+").length >= 4 && !LEADS_INTO_DATE.matcher(before).find();
    }

    private static boolean mentionsPhoto(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.contains("photo") || lower.contains("image") || lower.contains("picture") || lower.contains("ảnh");
    }

    private static boolean endsWithAbbreviation(String line) {
        String last = line.substring(line.lastIndexOf(' ') + 1);
        return ABBREVIATION_END.matcher(last).matches();
    }

    private static boolean repeatsNeighbour(List<String> lines, int i) {
        String line = lines.get(i);
        int words = words(line);
        if (words < 5 || words > 30 || line.endsWith(":")) {
            return false;
        }
        boolean finalPeriod = line.matches(".*[.!?][\"”’)]*") && !endsWithAbbreviation(line);
        if (finalPeriod || Lines.hasSentenceEnd(line.substring(0, line.length() - 1))) {
            return false;
        }
        List<String> own = tokens(line);
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= lines.size()) {
                continue;
            }
            List<String> other = tokens(lines.get(j));
            if (other.size() < own.size() * 3 / 2) {
                continue;
            }
            Set<String> otherSet = new HashSet<>(other);
            long shared = own.stream().filter(otherSet::contains).count();
            if (shared >= 0.9 * own.size() && longestCommonRun(own, other) >= 0.6 * own.size()) {
                return true;
            }
        }
        return false;
    }

    private static int longestCommonRun(List<String> a, List<String> b) {
        int best = 0;
        int[] prev = new int[b.size() + 1];
        for (int x = 1; x <= a.size(); x++) {
            int[] cur = new int[b.size() + 1];
            for (int y = 1; y <= b.size(); y++) {
                if (a.get(x - 1).equals(b.get(y - 1))) {
                    cur[y] = prev[y - 1] + 1;
                    best = Math.max(best, cur[y]);
                }
            }
            prev = cur;
        }
        return best;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("\\s+")) {
            String w = t.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static int sentences(String s) {
        // Sentence ends followed by more text: "A (left) meets B. Later ..." is prose, not a caption.
        return (int) SENTENCE_BREAK.matcher(s).results().count() + 1;
    }
}
