package org.parley.model;

/** A half-open character range {@code [begin, end)} in some text. */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** The covered part of {@code text}; the span must fit inside it. */
    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }

    @Override
    public int compareTo(Span other) {
        return begin != other.begin ? Integer.compare(begin, other.begin) : Integer.compare(end, other.end);
    }
}
