package org.parley.eval.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of PETRARCH's validation records with the codings it expects.
 *
 * @param id       the record id ({@code DEMO-00})
 * @param category the test category ({@code DEMO}, {@code ACTOR}, ...)
 * @param text     the sentence, whitespace collapsed
 * @param codings  the expected events; empty when the record expects none
 * @param error    the error PETRARCH is expected to report instead of coding ({@code dateline}); empty if none
 * @param date     the sentence's date ({@code date="19950101"}), or null when absent or unreadable
 * @param parse    the record's gold Penn Treebank parse in brackets, empty when it has none
 */
public record PetrarchRecord(String id, String category, String text, List<Coding> codings, String error,
                             LocalDate date, String parse) {

    /** An expected event: source and target actor codes and the CAMEO event code. */
    public record Coding(String source, String target, String eventCode) {
        public Coding {
            Objects.requireNonNull(eventCode, "eventCode");
        }
    }

    public PetrarchRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        category = Objects.requireNonNullElse(category, "");
        codings = List.copyOf(codings);
        error = Objects.requireNonNullElse(error, "");
        parse = Objects.requireNonNullElse(parse, "");
    }

    /** A record without date or parse. */
    public PetrarchRecord(String id, String category, String text, List<Coding> codings, String error) {
        this(id, category, text, codings, error, null, "");
    }

    /** Whether the record tests an input error rather than coding (such records are not scored). */
    public boolean expectsError() {
        return !error.isEmpty();
    }
}
