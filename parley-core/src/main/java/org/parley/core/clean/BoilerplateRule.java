package org.parley.core.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.core.dateline.DatelineParser;

/**
 * The kinds of boilerplate line {@link BoilerplateCleaner} removes. Each rule looks at one
 * trimmed, non-blank line and at the other lines still kept (some rules only fire on the last
 * line: a byline or an agency credit ends an article). {@link #id()} is the rule name recorded in
 * {@link org.parley.model.CleanText.RemovedLine#rule()}.
 *
 * <p>Rules recognise the shape of a line, never a particular outlet's wording: a date stamp, a
 * label such as {@code Tags:} or {@code Comment (0)}, a list of share buttons, a menu of title-cased
 * fragments. A body sentence that merely contains a date or the word "source" is never removed.
 */
public enum BoilerplateRule {

    /** A line that is only whitespace (including no-break spaces). */
    WHITESPACE("whitespace") {
        @Override
        boolean matches(List<String> lines, int i) {
            return lines.get(i).isBlank();
        }
    },

    /** A line that is only a date stamp: {@code Mar 26, 2024 / 20:20}, {@code Updated: 26/03/2024 10:15 GMT+7}. */
    DATELINE("dateline") {
        @Override
        boolean matches(List<String> lines, int i) {
            String line = lines.get(i);
            return line.length() <= 120 && DATELINES.isStandalone(line);
        }
    },

    /** A comment counter or prompt: {@code Comment (0)}, {@code 12 comments}, {@code Leave a comment}. */
    COMMENTS("comments") {
        private final Pattern pattern = Pattern.compile(
                "(?:comments?|bình\\s+luận|ý\\s+kiến)\\s*(?:\\(\\s*\\d+\\s*\\)|:\\s*\\d+|\\d+)?"
                + "|\\d+\\s+comments?"
                + "|(?:leave|post|add|write|view|show|hide|load|read)\\s+(?:a\\s+|all\\s+|more\\s+|your\\s+)?comments?\\.?"
                + "|be\\s+the\\s+first\\s+to\\s+comment\\.?", CI);

        @Override
        boolean matches(List<String> lines, int i) {
            if (lines.get(i).length() > 40) {
                return false;
            }
            return pattern.matcher(lines.get(i)).matches();
        }
    },

    /** A tag or keyword list: {@code Tag (S):}, {@code Tags: Vietnam, US}, {@code Keywords: ...}. */
    TAGS("tags") {
        private final Pattern pattern = Pattern.compile(
                "(?:tags?\\s*(?:\\(\\s*s\\s*\\))?|keywords?|topics?|từ\\s+khóa|từ\\s+khoá)\\s*:(?<rest>.*)", CI);

        @Override
        boolean matches(List<String> lines, int i) {
            var m = pattern.matcher(lines.get(i));
            return m.matches() && words(m.group("rest")) <= 25 && !Lines.hasSentenceEnd(m.group("rest"));
        }
    },

    /**
     * A source credit: a lone {@code Source}, {@code Source: VNA}, {@code (Source: Reuters)}, or an
     * agency abbreviation alone on the last line ({@code (VNA)}, {@code - VNS}).
     */
    SOURCE_CREDIT("source-credit") {
        private final Pattern label = Pattern.compile(
                "\\(?\\s*(?i:sources?|nguồn|credit)\\s*(?::\\s*(?<who>[\\p{Lu}\\d][^!?]{0,80}|[\\w.-]+\\.[a-z]{2,}[^!?]{0,40}))?\\s*\\)?\\.?");
        private final Pattern agency = Pattern.compile("[-–—(\\s]*\\p{Lu}{2,6}(?:/\\p{Lu}{2,6})*\\s*\\)?\\s*\\.?");

        @Override
        boolean matches(List<String> lines, int i) {
            if (lines.get(i).length() > 120) {
                return false;
            }
            String line = lines.get(i);
            var m = label.matcher(line);
            if (m.matches()) {
                String who = m.group("who");
                return who == null || (words(who) <= 8 && !Lines.hasSentenceEnd(who));
            }
            return i == lines.size() - 1 && i > 0 && agency.matcher(line).matches();
        }
    },

    /** Share, print, e-mail, follow-us and newsletter buttons: a short line made only of such words. */
    SHARE("share") {
        @Override
        boolean matches(List<String> lines, int i) {
            if (lines.get(i).length() > 120) {
                return false;
            }
            String line = lines.get(i);
            if (line.chars().filter(Character::isWhitespace).count() > 12) {
                return false;
            }
            String[] tokens = line.toLowerCase(Locale.ROOT).split("[\\s|•·/,:]+");
            if (tokens.length > 10) {
                return false;
            }
            boolean core = false;
            for (String raw : tokens) {
                String t = raw.replaceAll("^[^\\p{L}\\d+]+|[^\\p{L}\\d+]+$", "");
                if (t.isEmpty() || t.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                if (!SHARE_WORDS.contains(t) && !SHARE_CORE.contains(t)) {
                    return false;
                }
                core |= SHARE_CORE.contains(t);
            }
            return core;
        }
    },

    /** A link to other stories: {@code Read more: ...}, {@code Related}, {@code See also: ...}. */
    READ_MORE("read-more") {
        private final Pattern pattern = Pattern.compile(
                "(?:read\\s+(?:more|also|next|the\\s+full\\s+(?:story|article))|see\\s+also|also\\s+read|more\\s+(?:on\\s+this(?:\\s+story)?|news|stories|from\\s+\\S+)"
                + "|related(?:\\s+(?:articles?|news|stories|posts?|content|coverage|topics?|links?|reading))?"
                + "|you\\s+may\\s+(?:also\\s+)?(?:like|be\\s+interested(?:\\s+in)?)|recommended(?:\\s+for\\s+you)?"
                + "|xem\\s+thêm|tin\\s+liên\\s+quan|đọc\\s+thêm|tin\\s+cùng\\s+chuyên\\s+mục)"
                + "(?:\\s*[:»>›\\-–—|.]+.*|\\s*)", CI);

        @Override
        boolean matches(List<String> lines, int i) {
            if (lines.get(i).length() > 250) {
                return false;
            }
            String line = lines.get(i);
            return words(line) <= 30 && pattern.matcher(line).matches();
        }
    },

    /**
     * A byline: {@code By Minh Doan}, {@code Reporting by X; Editing by Y}, {@code Reporter: X},
     * or a lone person name (two to four capitalised words) as the last line.
     */
    BYLINE("byline") {
        private final String name = "\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’\\-]*|van|de|der|von|bin|binti|al|da|dos|and|&))*";
        private final Pattern labelled = Pattern.compile(
                "(?i:by|written\\s+by|reported\\s+by|(?:additional\\s+)?reporting\\s+by|writing\\s+by|editing\\s+by|posted\\s+by|edited\\s+by|story\\s+by|text\\s+by|photos?\\s+and\\s+text\\s+by"
                + "|authors?|reporters?|writer|correspondent|bài\\s+và\\s+ảnh|bài|tác\\s+giả)\\s*:?\\s+"
                + name + "(?:\\s*[,/|\\-–—]\\s*" + name + ")*(?:\\s+(?:in|at|from)\\s+" + name + ")?\\s*\\.?");
        private final Pattern loneName = Pattern.compile(
                "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?)){1,3}");

        @Override
        boolean matches(List<String> lines, int i) {
            if (lines.get(i).length() > 200) {
                return false;
            }
            String line = lines.get(i);
            if (words(line) <= 16) {
                boolean all = true;
                for (String part : line.split(";")) {
                    all &= labelled.matcher(part.strip()).matches();
                }
                if (all) {
                    return true;
                }
            }
            return i == lines.size() - 1 && i > 0 && loneName.matcher(line).matches();
        }
    },

    /** A copyright notice: {@code © 2024 Hanoi Times}, {@code All rights reserved.} */
    COPYRIGHT("copyright") {
        private final Pattern pattern = Pattern.compile(
                "(?:©|\\(c\\)|copyright\\b).{0,160}|.{0,120}\\ball\\s+rights\\s+reserved\\.?", CI);

        @Override
        boolean matches(List<String> lines, int i) {
            if (lines.get(i).length() > 250) {
                return false;
            }
            String line = lines.get(i);
            return words(line) <= 25 && pattern.matcher(line).matches();
        }
    },

    /** Advertising placeholders: {@code Advertisement}, {@code Scroll to continue with content}. */
    ADVERT("advert") {
        private final Pattern pattern = Pattern.compile(
                "(?:advertisement|advertising|sponsored(?:\\s+content)?|ads?|quảng\\s+cáo|scroll\\s+to\\s+continue(?:\\s+with\\s+content)?"
                + "|continue\\s+reading(?:\\s+below)?|story\\s+continues\\s+below(?:\\s+advertisement)?)\\s*\\.?", CI);

        @Override
        boolean matches(List<String> lines, int i) {
            if (lines.get(i).length() > 60) {
                return false;
            }
            return pattern.matcher(lines.get(i)).matches();
        }
    },

    /**
     * A navigation line: a known menu heading ({@code Home}, {@code Trending}, {@code Hot topics})
     * opening a list; three or more fragments separated by bars or chevrons; an all-caps label
     * followed by title-cased fragments; or a long run (20+ words) of mostly capitalised words
     * with no sentence punctuation at all.
     */
    MENU("menu") {
        private final Pattern heading = Pattern.compile(
                "(?:home|menu|trending(?:\\s+now)?|hot\\s+topics?|most\\s+(?:read|popular|viewed)|latest\\s+news|top\\s+stories"
                + "|editor'?s\\s+picks?|you\\s+are\\s+here|skip\\s+to\\s+(?:main\\s+)?content|navigation|sections|quick\\s+links|breadcrumbs?"
                + "|trang\\s+chủ|tin\\s+nổi\\s+bật|đọc\\s+nhiều)\\s*:?", CI);
        private final Pattern separator = Pattern.compile("\\s[|»›>•·]\\s|\\s/\\s");

        @Override
        boolean matches(List<String> lines, int i) {
            String line = lines.get(i);
            if (Lines.hasSentenceEnd(line)) {
                return false;
            }
            if (heading.matcher(line).matches()) {
                return true;
            }
            // A navigation bar laid out with runs of spaces or tabs: "HOME  POLITICS  ECONOMY  WORLD".
            String[] cells = line.strip().split("\\s{2,}|\\t+");
            if (cells.length >= 4 && java.util.Arrays.stream(cells).allMatch(c -> words(c) <= 3)) {
                return true;
            }
            String[] tokens = line.split("\\s+");
            String[] fragments = separator.split(line);
            boolean opensWithHeading = heading.matcher(fragments[0].strip()).matches();
            if (fragments.length >= 3 || (fragments.length == 2 && opensWithHeading)) {
                boolean allShort = true;
                for (String f : fragments) {
                    allShort &= words(f) <= 6;
                }
                if (allShort) {
                    return true;
                }
            }
            int label = 0;
            int labelLetters = 0;
            while (label < tokens.length && isUpperWord(tokens[label])) {
                labelLetters += tokens[label].codePoints().filter(Character::isLetter).count();
                label++;
            }
            if (label >= 2 && labelLetters >= 8 && tokens.length - label >= 6 && capitalisedShare(tokens, label) >= 0.5) {
                return true;
            }
            if (tokens.length < 20 || PHOTO_CREDIT.matcher(line).find()) {
                return false;
            }
            // A long title-cased line is a menu when nearly every word is capitalised, or when
            // fragments visibly restart: a lower-case content word directly followed by a
            // capitalised word or a number ("... boundary adjustment 12th Vietnam-France ...").
            double share = capitalisedShare(tokens, 0);
            return share >= 0.9 || (share >= 0.65 && fragmentRestarts(tokens) >= 2);
        }
    };

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final DatelineParser DATELINES = new DatelineParser();
    private static final Set<String> SHARE_CORE = Set.of(
            "share", "shares", "sharing", "print", "email", "e-mail", "tweet", "follow", "facebook", "twitter",
            "linkedin", "whatsapp", "telegram", "zalo", "viber", "pinterest", "reddit", "bookmark", "subscribe",
            "newsletter", "rss", "chia", "a+", "a-");
    private static final Set<String> SHARE_WORDS = Set.of(
            "x", "copy", "link", "url", "us", "on", "this", "article", "story", "post", "page", "via", "send", "to",
            "a", "friend", "save", "like", "google", "news", "youtube", "instagram", "tiktok", "feed", "and", "or",
            "the", "our", "font", "size", "text", "sign", "up", "for", "get", "daily", "weekly", "alerts", "mail",
            "messenger", "sẻ", "in", "bài", "viết", "theo", "dõi", "lưu", "gửi", "cỡ", "chữ", "comment");

    private final String id;

    BoilerplateRule(String id) {
        this.id = id;
    }

    /** The rule name recorded with each line it removes, e.g. {@code "menu"}, {@code "dateline"}. */
    public String id() {
        return id;
    }

    /** Whether line {@code i} of the kept, trimmed, non-blank {@code lines} is boilerplate of this kind. */
    abstract boolean matches(List<String> lines, int i);

    private static final Pattern PHOTO_CREDIT = Pattern.compile("\\b(?:photos?|image|ảnh)\\s*:", CI);
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "into",
            "vs", "via", "over", "after", "before", "about", "amid", "against", "between", "under", "is", "are");

    private static int fragmentRestarts(String[] tokens) {
        int restarts = 0;
        for (int k = 1; k < tokens.length; k++) {
            String prev = tokens[k - 1];
            String cur = tokens[k];
            boolean prevLowerContent = !prev.isEmpty() && Character.isLowerCase(prev.charAt(0))
                    && !FUNCTION_WORDS.contains(prev.toLowerCase(Locale.ROOT));
            boolean curStarts = !cur.isEmpty() && (Character.isUpperCase(cur.charAt(0)) || Character.isDigit(cur.charAt(0)));
            if (prevLowerContent && curStarts) {
                restarts++;
            }
        }
        return restarts;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static boolean isUpperWord(String token) {
        boolean letter = false;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** Share of tokens from {@code from} that start with a capital or a digit (punctuation-only tokens skipped). */
    private static double capitalisedShare(String[] tokens, int from) {
        int counted = 0;
        int capitalised = 0;
        for (int k = from; k < tokens.length; k++) {
            String t = tokens[k];
            int first = 0;
            while (first < t.length() && !Character.isLetterOrDigit(t.charAt(first))) {
                first++;
            }
            if (first == t.length()) {
                continue;
            }
            counted++;
            char c = t.charAt(first);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                capitalised++;
            }
        }
        return counted == 0 ? 0 : (double) capitalised / counted;
    }
}
