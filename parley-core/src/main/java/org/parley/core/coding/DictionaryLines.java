package org.parley.core.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of a PETRARCH dictionary file, with their line numbers: {@code <!-- ... -->}
 * comments (also over several lines), lines starting with {@code #}, and whatever follows
 * {@code " #"} on a line are removed; blank lines are skipped. Lines keep their leading
 * whitespace, which the actor dictionary uses for code lines.
 *
 * <p>Stateless.
 */
final class DictionaryLines {

    /** One content line: its 1-based number and its text without comments (trailing space stripped). */
    record Line(int number, String text) {
    }

    private DictionaryLines() {
    }

    /** The content lines of {@code file}; an unreadable file is the only failure. */
    static List<Line> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static List<Line> read(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Line> lines = new ArrayList<>();
        boolean inComment = false;
        int number = 0;
        for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
            number++;
            StringBuilder kept = new StringBuilder();
            String rest = raw;
            while (!rest.isEmpty()) {
                if (inComment) {
                    int end = rest.indexOf("-->");
                    if (end < 0) {
                        rest = "";
                    } else {
                        inComment = false;
                        rest = rest.substring(end + 3);
                    }
                } else {
                    int start = rest.indexOf("<!--");
                    if (start < 0) {
                        kept.append(rest);
                        rest = "";
                    } else {
                        kept.append(rest, 0, start);
                        inComment = true;
                        rest = rest.substring(start + 4);
                    }
                }
            }
            String text = withoutHashComment(kept.toString()).stripTrailing();
            if (text.strip().startsWith("<!")) {
                text = ""; // a malformed comment opener ("<! --") still marks the line as a comment, as in PETRARCH
            }
            if (!text.isBlank()) {
                lines.add(new Line(number, text));
            }
        }
        return lines;
    }

    private static String withoutHashComment(String line) {
        if (line.startsWith("#")) {
            return "";
        }
        // " #" and a tab before '#' both start a comment; a '#' inside a word ("###" codes) does not
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
