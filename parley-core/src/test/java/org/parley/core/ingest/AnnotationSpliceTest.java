package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedText;
import org.parley.model.PublicationDate;

class AnnotationSpliceTest {

    private static final PublicationDate DAY = new PublicationDate.Dated(LocalDateTime.of(2024, 3, 5, 0, 0), false,
            null, PublicationDate.ZoneBasis.NONE, PublicationDate.Source.METADATA, "2024-03-05");

    private static final String ORIGINAL = """
            By Ana Ruiz
            The foreign minister met Karel Novak in Prague on Tuesday. They talked about trade.

            Novak said the talks would go on. Officials from both sides agreed.
            Copyright Wire Service.""";

    /** Another outlet's copy: its own byline, a word changed in one line, a trailer, lines moved by the new byline. */
    private static final String COPY = """
            From our correspondents in Central Europe
            The foreign minister met Karel Novak in Prague on Tuesday. They talked about trade.

            Novak told reporters the talks would go on. Officials from both sides agreed.
            Copyright Wire Service.
            Reporting by Ivo Marek.""";

    @Test
    void aCopyGetsTheAnnotationAFullRunWouldGiveItAndOnlyItsChangedLinesAreAnnotated() {
        LineLocalAnnotator annotator = new LineLocalAnnotator(true);
        AnnotatedText original = annotator.annotate(ORIGINAL, DAY);
        AnnotatedText full = new LineLocalAnnotator(true).annotate(COPY, DAY);
        annotator.chars.set(0);

        AnnotationSplice.Result spliced = AnnotationSplice.splice(COPY, DAY, ORIGINAL, original, annotator);

        assertThat(spliced.annotation()).isEqualTo(full);
        assertThat(spliced.reusedSentences()).as("two sentences of line 2, one of the copyright line").isEqualTo(3);
        assertThat(annotator.calls.get()).isEqualTo(2);
        int changed = "From our correspondents in Central Europe\n".length()
                + "Novak told reporters the talks would go on. Officials from both sides agreed.\n".length()
                + "Reporting by Ivo Marek.\n".length();
        assertThat(annotator.chars.get()).isEqualTo(changed);
        assertThat(spliced.reusedChars()).isEqualTo(
                "The foreign minister met Karel Novak in Prague on Tuesday. They talked about trade.".length()
                        + "Copyright Wire Service.".length());
    }

    @Test
    void aCopyWithEveryLineSharedIsNotAnnotatedAtAll() {
        LineLocalAnnotator annotator = new LineLocalAnnotator(true);
        AnnotatedText original = annotator.annotate(ORIGINAL, DAY);
        String reordered = "Copyright Wire Service.\n\n" + ORIGINAL.substring(0, ORIGINAL.indexOf("\nCopyright"));

        AnnotationSplice.Result spliced = AnnotationSplice.splice(reordered, DAY, ORIGINAL, original, annotator);

        assertThat(annotator.calls.get()).as("only the original's own annotation").isEqualTo(1);
        assertThat(spliced.annotation()).isEqualTo(new LineLocalAnnotator(true).annotate(reordered, DAY));
        assertThat(spliced.annotation().times()).singleElement()
                .satisfies(t -> assertThat(t.sentence()).isEqualTo(2))
                .satisfies(t -> assertThat(t.span().of(reordered)).isEqualTo("Tuesday."));
    }

    @Test
    void aLineRepeatedInTheCopyGetsItsEntitiesAtEachPlace() {
        LineLocalAnnotator annotator = new LineLocalAnnotator(true);
        AnnotatedText original = annotator.annotate(ORIGINAL, DAY);
        String twice = "The foreign minister met Karel Novak in Prague on Tuesday. They talked about trade.\n" + ORIGINAL;

        AnnotationSplice.Result spliced = AnnotationSplice.splice(twice, DAY, ORIGINAL, original, annotator);

        assertThat(spliced.annotation()).isEqualTo(new LineLocalAnnotator(true).annotate(twice, DAY));
        assertThat(spliced.annotation().entities()).filteredOn(e -> e.text().equals("Novak")).hasSize(2);
        assertThat(spliced.annotation().times()).extracting(t -> t.sentence()).containsExactly(0, 3);
        assertThat(annotator.calls.get()).as("only the original's own annotation").isEqualTo(1);
    }
}
