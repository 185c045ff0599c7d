package org.parley.eval.tempeval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The part of a TimeML document a time tagger is scored on: the {@code <TEXT>} with its tags
 * stripped, the document creation time, and the gold TIMEX3 inside the text (the DCT itself is
 * not one of them).
 *
 * @param name   the file name
 * @param text   the content of {@code <TEXT>}, tags removed, entities decoded
 * @param dct    the date of the TIMEX3 with {@code functionInDocument="CREATION_TIME"}
 * @param timexes the gold TIMEX3 in {@code text}, in text order
 */
public record TimeMlDocument(String name, String text, LocalDate dct, List<GoldTimex> timexes) {
    public TimeMlDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dct, "dct");
        timexes = List.copyOf(timexes);
        for (GoldTimex t : timexes) {
            if (t.span().end() > text.length()) {
                throw new IllegalArgumentException(name + ": " + t.tid() + " ends outside the text");
            }
        }
    }
}
