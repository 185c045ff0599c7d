package org.parley.core.extract.commitments;

import java.util.Set;
import java.util.stream.IntStream;
import org.parley.core.analysis.ArticleSections;
import org.parley.core.analysis.ArticleSections.Section;

/**
 * Reads {@link Fact#SENTENCES}, adds {@link Fact#BODY_SENTENCES}: the sentences that may state a
 * commitment. Photo captions are skipped (they describe a picture, not the news), and so are
 * sentences without tokens and the headline when a body follows it (the body says the same with
 * more context); the {@link ArticleSections} say which is which.
 */
final class BodySentences extends CommitmentPass {

    BodySentences() {
        super(Set.of(Fact.SENTENCES), Set.of(Fact.BODY_SENTENCES));
    }

    @Override
    CommitmentReading apply(CommitmentReading reading) {
        ArticleSections sections = reading.sections();
        boolean hasBody = IntStream.range(0, sections.size()).anyMatch(s -> sections.of(s) == Section.BODY);
        return reading.withBody(reading.text().sentences().stream()
                .filter(s -> !s.tokens().isEmpty())
                .filter(s -> sections.of(s.index()) != Section.CAPTION)
                .filter(s -> !(hasBody && sections.of(s.index()) == Section.HEADLINE))
                .toList());
    }
}
