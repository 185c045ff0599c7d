package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.core.ports.Annotator;
import org.parley.model.CleanText;
import org.parley.model.OffsetMap;
import org.parley.model.Origin;
import org.parley.model.Outcome;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

class NearDuplicateReuseTest {

    private static final String WIRE = """
            The foreign minister met Karel Novak in Prague on Tuesday to discuss trade and energy.
            Both sides agreed to meet again in the spring, officials from the two ministries said.
            Novak is expected to visit the capital later this year for further talks on investment.""";
    private static final String SYNDICATED = "By a staff reporter\n"
            + WIRE.replace("officials from the two ministries said", "officials said on Wednesday")
            + "\nAdditional reporting by Ivo Marek.";
    private static final String UNRELATED = """
            The central bank left its main interest rate unchanged for a third month in a row.
            Analysts had expected the decision after inflation eased slightly in the autumn months.""";

    private static Ingester.Stages stages(Annotator annotator, String lateDayMarker) {
        return new Ingester.Stages(
                text -> new CleanText(text.strip(), List.of(), List.of(), OffsetMap.identity(text.strip().length())),
                raw -> day(raw.text().contains(lateDayMarker) ? 6 : 5),
                text -> "en", Optional.of(annotator), Set.of("en"));
    }

    private static PublicationDate day(int d) {
        return new PublicationDate.Dated(LocalDateTime.of(2024, 3, d, 0, 0), false, null,
                PublicationDate.ZoneBasis.NONE, PublicationDate.Source.METADATA, "2024-03-0" + d);
    }

    private static Outcome<RawArticle> article(String name, String text) {
        return Outcome.accepted(RawArticle.text(Origin.file("/in/" + name, name), SourceFormat.TEXT, text));
    }

    /** Every reuse the listener heard, as "copy <- original: reused/sentences". */
    private static final class Reuses implements IngestListener {
        final List<String> heard = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void annotationReused(String doc, String original, int reusedSentences, int sentences) {
            heard.add(doc + " <- " + original + ": " + reusedSentences + "/" + sentences);
        }
    }

    private static MemoryArticleStore ingest(LineLocalAnnotator annotator, boolean reuse, Reuses reuses,
                                             int workers, String lateDayMarker, List<Outcome<RawArticle>> input) {
        MemoryArticleStore store = new MemoryArticleStore();
        new Ingester(store, stages(annotator, lateDayMarker), workers, reuses).withAnnotationReuse(reuse)
                .ingest(sink -> input.forEach(sink));
        return store;
    }

    @Test
    void aSyndicatedCopyReusesItsOriginalsAnnotationAndEndsUpAsIfAnnotatedWhole() {
        List<Outcome<RawArticle>> input = List.of(article("wire.txt", WIRE), article("unrelated.txt", UNRELATED),
                article("copy.txt", SYNDICATED));
        LineLocalAnnotator reusing = new LineLocalAnnotator(true);
        LineLocalAnnotator whole = new LineLocalAnnotator(true);
        Reuses reuses = new Reuses();

        MemoryArticleStore withReuse = ingest(reusing, true, reuses, 2, "never", input);
        MemoryArticleStore without = ingest(whole, false, new Reuses(), 2, "never", input);

        assertThat(reuses.heard).containsExactly("copy.txt <- wire.txt: 2/5");
        for (String text : List.of(WIRE, UNRELATED, SYNDICATED)) {
            assertThat(withReuse.annotation(ArticleIds.of(text))).isPresent()
                    .isEqualTo(without.annotation(ArticleIds.of(text)));
        }
        String[] wireLines = WIRE.split("\n");
        assertThat(whole.chars.get() - reusing.chars.get()).as("the copy's first and last wire lines are not annotated again (the fresh text has one line break less)")
                .isEqualTo(wireLines[0].length() + wireLines[2].length() + 1);
    }

    @Test
    void noReuseAcrossPublicationDaysWithAnAnnotatorThatReadsWholeTextsOrWhenTurnedOff() {
        List<Outcome<RawArticle>> input = List.of(article("wire.txt", WIRE), article("copy.txt", SYNDICATED));
        Reuses otherDay = new Reuses();
        Reuses wholeTexts = new Reuses();
        Reuses off = new Reuses();

        ingest(new LineLocalAnnotator(true), true, otherDay, 1, "staff reporter", input);
        ingest(new LineLocalAnnotator(false), true, wholeTexts, 1, "never", input);
        ingest(new LineLocalAnnotator(true), false, off, 1, "never", input);
        Reuses sameDay = new Reuses();
        ingest(new LineLocalAnnotator(true), true, sameDay, 1, "never", input);

        assertThat(otherDay.heard).isEmpty();
        assertThat(wholeTexts.heard).isEmpty();
        assertThat(off.heard).isEmpty();
        assertThat(sameDay.heard).hasSize(1);
    }

    @Test
    void findsTheOriginalByItsLongLinesAndIgnoresLinesSharedByManyArticles() {
        NearDuplicates index = new NearDuplicates();
        MemoryArticleStore store = ingest(new LineLocalAnnotator(true), false, new Reuses(), 1, "never",
                List.of(article("wire.txt", WIRE), article("copy.txt", SYNDICATED), article("unrelated.txt", UNRELATED)));
        var wire = store.article(ArticleIds.of(WIRE)).orElseThrow();
        var copy = store.article(ArticleIds.of(SYNDICATED)).orElseThrow();
        var unrelated = store.article(ArticleIds.of(UNRELATED)).orElseThrow();

        assertThat(index.originalOf(copy)).isEmpty();
        index.register(wire);
        index.register(unrelated);
        assertThat(index.originalOf(copy)).map(NearDuplicates.Entry::id).contains(wire.id());
        assertThat(index.originalOf(unrelated)).as("never itself").isEmpty();
        assertThat(index.originalOf(wire)).isEmpty();

        String footer = "\nThis story was distributed to all of our partners by the wire service.";
        NearDuplicates shared = new NearDuplicates();
        for (int i = 0; i <= NearDuplicates.MAX_SHARING; i++) {
            String text = "Short item number " + i + "." + footer;
            shared.register(ingest(new LineLocalAnnotator(true), false, new Reuses(), 1, "never",
                    List.of(article(i + ".txt", text))).article(ArticleIds.of(text)).orElseThrow());
        }
        String another = "Short item number 99." + footer;
        var last = ingest(new LineLocalAnnotator(true), false, new Reuses(), 1, "never",
                List.of(article("99.txt", another))).article(ArticleIds.of(another)).orElseThrow();
        assertThat(shared.originalOf(last)).as("a footer shared by more than %d articles is boilerplate",
                NearDuplicates.MAX_SHARING).isEmpty();
    }
}
