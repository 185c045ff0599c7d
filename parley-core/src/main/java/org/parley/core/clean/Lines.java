package org.parley.core.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a text with their trimmed content positions. Line breaks are {@code \n},
 * {@code \r\n}, {@code \r}, U+0085, U+2028 and U+2029; trimming removes whitespace including
 * no-break and zero-width spaces and byte-order marks at both ends of a line.
 */
final class Lines {

    /** One line: {@code [begin, end)} is its trimmed content in the original (empty when blank). */
    record Line(int begin, int end, int lineBegin, int lineEnd) {
        boolean blank() {
            return begin == end;
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?:[\"”’)\\]]*)(?=\\s|$)");

    private Lines() {
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i <= n) {
            boolean atEnd = i == n;
            char c = atEnd ? 0 : text.charAt(i);
            if (atEnd || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines.add(trimmed(text, start, i));
                if (atEnd) {
                    break;
                }
                i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        return lines;
    }

    private static Line trimmed(String text, int lineBegin, int lineEnd) {
        int b = lineBegin;
        int e = lineEnd;
        while (b < e && isSpace(text.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return b == e ? new Line(lineBegin, lineBegin, lineBegin, lineEnd) : new Line(b, e, lineBegin, lineEnd);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /**
     * Whether {@code s} contains a sentence end: {@code . ! ? …} (optionally closing quotes or
     * brackets) before a space or the end. Abbreviations count too; callers use this to keep
     * lines that read as prose.
     */
    static boolean hasSentenceEnd(String s) {
        return SENTENCE_END.matcher(s).find();
    }
}
