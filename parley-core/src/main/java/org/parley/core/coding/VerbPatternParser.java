package org.parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one pattern ({@code - SO IN_AND_*_OUT_AGAIN NOW [074]}) into the elements before and after
 * the verb ({@code *}), nearest the verb first. Words joined by '_' must be consecutive; a '_'
 * touching the '*' ties the word to the verb; {@code {...}} (a noun phrase) and {@code (...)}
 * (a prepositional phrase) group words, matched here as words in order; {@code ^} (skip a phrase)
 * adds nothing, since words may be skipped anyway.
 */
final class VerbPatternParser {

    private VerbPatternParser() {
    }

    static VerbPattern parse(String text, int line) {
        String t = text.toUpperCase(Locale.ROOT).strip();
        int open = t.lastIndexOf('[');
        int close = t.lastIndexOf(']');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("pattern '" + text.strip() + "' has no [CODE]");
        }
        EventCode code = EventCode.parse(t.substring(open + 1, close));
        String body = t.substring(0, open);
        int star = body.indexOf('*');
        if (star < 0 || body.indexOf('*', star + 1) >= 0) {
            throw new IllegalArgumentException("pattern '" + text.strip() + "' needs exactly one '*' for the verb");
        }
        String left = body.substring(0, star);
        String right = body.substring(star + 1);
        List<Piece> after = pieces(right);
        List<PatternElement> afterElements = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            afterElements.add(element(after.get(i).text, i == 0 ? right.startsWith("_") : after.get(i).joinedToPrevious));
        }
        // before the verb, elements are listed nearest first: each is tied to the one after it in reading order
        List<Piece> before = pieces(left);
        List<PatternElement> beforeElements = new ArrayList<>();
        for (int i = before.size() - 1; i >= 0; i--) {
            boolean tied = i == before.size() - 1 ? left.endsWith("_") : before.get(i + 1).joinedToPrevious;
            beforeElements.add(element(before.get(i).text, tied));
        }
        return new VerbPattern(beforeElements, afterElements, code, line);
    }

    /** One word or symbol of a pattern, and whether '_' joins it to the one before it. */
    private record Piece(String text, boolean joinedToPrevious) {
    }

    private static List<Piece> pieces(String text) {
        List<Piece> out = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            boolean first = true;
            for (String piece : token.split("_")) {
                String cleaned = piece.replaceAll("[{}()]", "");
                if (cleaned.isEmpty() || cleaned.equals("^")) {
                    continue;
                }
                out.add(new Piece(cleaned, !first));
                first = false;
            }
        }
        return out;
    }

    private static PatternElement element(String piece, boolean adjacent) {
        return switch (piece) {
            case "$" -> new PatternElement.Slot(PatternElement.Role.SOURCE, adjacent);
            case "+" -> new PatternElement.Slot(PatternElement.Role.TARGET, adjacent);
            case "%" -> new PatternElement.Slot(PatternElement.Role.COMPOUND, adjacent);
            default -> piece.startsWith("&")
                    ? new PatternElement.Synset(piece.substring(1), adjacent)
                    : new PatternElement.Words(List.of(piece), adjacent);
        };
    }
}
