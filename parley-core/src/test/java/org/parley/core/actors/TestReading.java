package org.parley.core.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parley.core.analysis.ArticleSections;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.places.Countries;
import org.parley.core.places.Gazetteer;
import org.parley.model.AnnotatedText;

/** Runs the standard passes over a {@link TestText} up to a given one, to look at the reading in between. */
final class TestReading {

    static final OfficeHolders KB = OfficeHolders.bundled();
    static final Countries COUNTRIES = Countries.bundled();
    static final Gazetteer GAZETTEER = Gazetteer.bundled();
    static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 26);
    static final ActorPasses STANDARD = ActorPasses.standard(KB, COUNTRIES, GAZETTEER, Organizations.bundled());

    private TestReading() {
    }

    /** A fresh reading of {@code text} at March 2024. */
    static ArticleReading fresh(AnnotatedText text) {
        return new ArticleReading(text, ArticleSections.of(text), MARCH_2024, new People(KB, new PersonGrounder(MARCH_2024, COUNTRIES)));
    }

    /** The reading after the standard passes up to and including the one that adds {@code last}. */
    static ArticleReading through(ReadingFact last, TestText text) {
        ArticleReading r = fresh(text.build());
        for (ReadingPass pass : STANDARD.passes()) {
            pass.apply(r);
            if (pass.contract().adds() == last) {
                return r;
            }
        }
        throw new IllegalArgumentException("no standard pass adds " + last);
    }

    static Optional<ActorMention> mention(ArticleReading r, String text) {
        return mention(r.mentions(), text);
    }

    static Optional<ActorMention> mention(List<ActorMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }
}
