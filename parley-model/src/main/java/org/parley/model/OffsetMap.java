package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * Maps offsets in a cleaned text back to the text it was cleaned from, so a span found in the
 * clean text can be shown in the article as it came.
 *
 * <p>The clean text is a concatenation of pieces copied from the original; each piece is a
 * {@link Segment}. Characters the cleaner inserted (e.g. a normalised line break) belong to no
 * segment and map to the original position of the next copied character.
 */
public record OffsetMap(List<Segment> segments) {

    /** {@code length} characters copied from {@code originalBegin} to {@code cleanBegin}. */
    public record Segment(int cleanBegin, int originalBegin, int length) {
        public Segment {
            if (cleanBegin < 0 || originalBegin < 0 || length < 0) {
                throw new IllegalArgumentException("negative segment field");
            }
        }
    }

    public OffsetMap {
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
        for (int i = 1; i < segments.size(); i++) {
            Segment prev = segments.get(i - 1), next = segments.get(i);
            if (next.cleanBegin() < prev.cleanBegin() + prev.length()) {
                throw new IllegalArgumentException("segments overlap or are out of order at " + i);
            }
        }
    }

    /** The identity map of a text of the given length. */
    public static OffsetMap identity(int length) {
        return new OffsetMap(length == 0 ? List.of() : List.of(new Segment(0, 0, length)));
    }

    /** The original offset of the clean-text offset {@code clean}. */
    public int toOriginal(int clean) {
        int lo = 0, hi = segments.size() - 1, found = -1;
        while (lo <= hi) { // last segment starting at or before clean
            int mid = (lo + hi) >>> 1;
            if (segments.get(mid).cleanBegin() <= clean) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found >= 0) {
            Segment s = segments.get(found);
            if (clean <= s.cleanBegin() + s.length()) {
                return s.originalBegin() + (clean - s.cleanBegin());
            }
        }
        if (found + 1 < segments.size()) {
            return segments.get(found + 1).originalBegin();
        }
        if (segments.isEmpty()) {
            return 0;
        }
        Segment last = segments.get(segments.size() - 1);
        return last.originalBegin() + last.length();
    }

    /** The original span of a clean-text span. */
    public Span toOriginal(Span clean) {
        int begin = toOriginal(clean.begin());
        int end = clean.length() == 0 ? begin : toOriginal(clean.end() - 1) + 1;
        return new Span(begin, Math.max(begin, end));
    }
}
