package org.parley.core.extract.commitments;

import java.util.Set;

/**
 * Reads {@link Fact#SENTENCES}, adds {@link Fact#BODY_SENTENCES}: the sentences that may state a
 * commitment. The headline line is skipped (the body says the same with more context), and so
 * are sentences without tokens.
 */
final class BodySentences extends CommitmentPass {

    BodySentences() {
        super(Set.of(Fact.SENTENCES), Set.of(Fact.BODY_SENTENCES));
    }

    @Override
    CommitmentReading apply(CommitmentReading reading) {
        int headlineEnd = headlineEnd(reading.clean());
        return reading.withBody(reading.text().sentences().stream()
                .filter(s -> !s.tokens().isEmpty() && s.span().end() > headlineEnd).toList());
    }

    /** Where the headline ends: the first line, when it does not end like a sentence; else 0. */
    static int headlineEnd(String clean) {
        int nl = clean.indexOf('\n');
        if (nl <= 0) {
            return 0;
        }
        String first = clean.substring(0, nl).strip();
        return first.isEmpty() || first.matches(".*[.!?\"”’]$") ? 0 : nl;
    }
}
