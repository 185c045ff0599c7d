package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * An article's text with web boilerplate removed.
 *
 * @param text      the clean text
 * @param captions  spans of photo captions in {@code text}: kept, but not body text
 * @param removed   the original lines that were removed, with why (for review and tests)
 * @param map       from clean offsets to offsets in the original text
 */
public record CleanText(String text, List<Span> captions, List<RemovedLine> removed, OffsetMap map) {

    /** A removed line of the original and the rule that removed it. */
    public record RemovedLine(Span original, String rule) {
        public RemovedLine {
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(rule, "rule");
        }
    }

    public CleanText {
        Objects.requireNonNull(text, "text");
        captions = List.copyOf(captions);
        removed = List.copyOf(removed);
        Objects.requireNonNull(map, "map");
        for (Span c : captions) {
            if (c.end() > text.length()) {
                throw new IllegalArgumentException("caption " + c + " outside text of length " + text.length());
            }
        }
    }

    public boolean isCaption(Span span) {
        return captions.stream().anyMatch(c -> c.overlaps(span));
    }
}
