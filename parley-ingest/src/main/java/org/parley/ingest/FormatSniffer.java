package org.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides what a file holds from its first bytes, with the file name only breaking ties.
 *
 * <p>Design decision: content first, extension second. Crawls and exports are often misnamed
 * ({@code .json} holding JSON Lines, {@code .txt} holding HTML), while the first bytes of each
 * format are distinctive.
 */
final class FormatSniffer {

    /** How many leading bytes are sniffed. */
    static final int HEAD_BYTES = 64 * 1024;

    /** What the head says the file is. */
    enum Kind { EMPTY, BINARY, UTF16, WARC, HTML, XML, JSON, JSONL, TEXT }

    /** The verdict, with a detail for rejections (e.g. where a NUL byte was). */
    record Verdict(Kind kind, String detail) {
    }

    private FormatSniffer() {
    }

    static boolean isGzip(byte[] head, int length) {
        return length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /**
     * @param head     the first bytes (already decompressed for gzip files)
     * @param length   how many of them are valid
     * @param complete whether the head is the whole file
     * @param fileName the file name, without a {@code .gz} suffix
     */
    static Verdict sniff(byte[] head, int length, boolean complete, String fileName) {
        int start = StrictUtf8.startsWithBom(head, length) ? 3 : 0;
        if (length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return new Verdict(Kind.UTF16, "UTF-16 text is not supported; convert the file to UTF-8");
        }
        if (startsWith(head, length, start, "WARC/")) {
            return new Verdict(Kind.WARC, null);
        }
        int controls = 0;
        for (int i = start; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return new Verdict(Kind.BINARY, "binary file (NUL byte at offset " + i + ")");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        int first = firstNonSpace(head, start, length);
        if (first < 0) {
            return new Verdict(Kind.EMPTY, length == 0 ? "empty file" : "empty file (only whitespace)");
        }
        // A few stray control bytes happen in real text; many mean the file is not text at all.
        if (controls > 8 && controls * 20 > length - start) {
            return new Verdict(Kind.BINARY, String.format(Locale.ROOT,
                    "binary file (%d control bytes in the first %d)", controls, length));
        }
        String ext = extension(fileName);
        char c = (char) head[first];
        if (c == '<') {
            return sniffMarkup(head, first, length, ext);
        }
        if (c == '{') {
            return new Verdict(jsonOrJsonLines(head, first, length, complete, ext), null);
        }
        if (c == '[') {
            return new Verdict(Kind.JSON, null);
        }
        if (ext.equals("json")) {
            return new Verdict(Kind.JSON, null);
        }
        if (ext.equals("jsonl") || ext.equals("ndjson")) {
            return new Verdict(Kind.JSONL, null);
        }
        if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml")) {
            return new Verdict(Kind.HTML, null);
        }
        return new Verdict(Kind.TEXT, null);
    }

    private static Verdict sniffMarkup(byte[] head, int first, int length, String ext) {
        String lower = new String(head, first, Math.min(length - first, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (lower.startsWith("<?xml") && !lower.contains("<html") && !ext.startsWith("htm")
                && !ext.equals("xhtml")) {
            return new Verdict(Kind.XML, "XML document that is not HTML: not a supported article format");
        }
        return new Verdict(Kind.HTML, null);
    }

    /**
     * JSON Lines when the first line is a whole object and another line follows; one JSON object
     * when the object spans lines (pretty-printed) or is alone. The extension decides only when the
     * head cannot tell (a first line longer than the head).
     */
    private static Kind jsonOrJsonLines(byte[] head, int first, int length, boolean complete, String ext) {
        boolean jsonlName = ext.equals("jsonl") || ext.equals("ndjson");
        int newline = indexOf(head, first, length, (byte) '\n');
        if (newline < 0) {
            if (complete) {
                return jsonlName ? Kind.JSONL : Kind.JSON;
            }
            return ext.equals("json") ? Kind.JSON : Kind.JSONL;
        }
        int lastOfLine = lastNonSpace(head, first, newline);
        boolean firstLineIsObject = lastOfLine >= 0 && head[lastOfLine] == '}';
        if (!firstLineIsObject) {
            return jsonlName ? Kind.JSONL : Kind.JSON;
        }
        int next = firstNonSpace(head, newline + 1, length);
        if (next >= 0 && head[next] == '{') {
            return Kind.JSONL;
        }
        return jsonlName ? Kind.JSONL : Kind.JSON;
    }

    static String extension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static boolean startsWith(byte[] head, int length, int start, String prefix) {
        if (length - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (head[start + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int firstNonSpace(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(bytes[i] & 0xFF)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonSpace(byte[] bytes, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Character.isWhitespace(bytes[i] & 0xFF)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
