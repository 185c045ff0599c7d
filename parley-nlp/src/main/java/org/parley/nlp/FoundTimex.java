package org.parley.nlp;

/**
 * One time expression a {@link TimexFinder} found: character offsets in the annotated text, its
 * TIMEX3 type ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}) and its value.
 */
record FoundTimex(int begin, int end, String type, String value) {

    boolean overlaps(FoundTimex other) {
        return begin < other.end && other.begin < end;
    }
}
