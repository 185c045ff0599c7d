package org.parley.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.dates.PublicationDateResolver;
import org.parley.model.CleanText;
import org.parley.model.Origin;
import org.parley.model.PublicationDate;
import org.parley.model.PublicationDate.Dated;
import org.parley.model.PublicationDate.Source;
import org.parley.model.PublicationDate.ZoneBasis;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;
import org.parley.model.Span;

/**
 * Cleaning and dating on the five real seed articles in {@code ../shared/corpus/seeds} (third-party
 * text, read at test time, never copied here). Expected values were read off the articles by a
 * person; lines to look for are located in the original text at run time.
 */
class SeedArticlesTest {

    private static Path seeds;
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();
    private final PublicationDateResolver resolver = new PublicationDateResolver();

    @BeforeEach
    void locateSeeds() {
        String shared = System.getProperty("parley.shared");
        seeds = shared == null ? null : Path.of(shared, "corpus", "seeds");
        Assumptions.assumeTrue(seeds != null && Files.isDirectory(seeds),
                "../shared/corpus/seeds absent (system property parley.shared): skipping seed tests");
    }

    private static Path seed(String number) {
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String number) {
        try {
            return Files.readString(seed(number), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PublicationDate date(String number) {
        Path path = seed(number);
        return resolver.resolve(RawArticle.text(Origin.file(path.toString(), path.getFileName().toString()),
                SourceFormat.TEXT, text(number)));
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> captionTexts(CleanText clean) {
        return clean.captions().stream().map(s -> s.of(clean.text())).toList();
    }

    @Test
    void seed000IsDatedByItsDatelineWithoutZone() {
        assertThat(date("000")).isInstanceOfSatisfying(Dated.class, d -> {
            assertThat(d.dateTime()).isEqualTo(LocalDateTime.of(2024, 3, 26, 20, 20));
            assertThat(d.hasTime()).isTrue();
            assertThat(d.offset()).isNull();
            assertThat(d.zoneBasis()).isEqualTo(ZoneBasis.NONE);
            assertThat(d.source()).isEqualTo(Source.DATELINE);
        });
    }

    @Test
    void seed002IsDatedByItsVietnameseDatelineWithStatedZone() {
        assertThat(date("002")).isInstanceOfSatisfying(Dated.class, d -> {
            assertThat(d.dateTime()).isEqualTo(LocalDateTime.of(2024, 3, 27, 7, 5));
            assertThat(d.offset()).isEqualTo(ZoneOffset.ofHours(7));
            assertThat(d.zoneBasis()).isEqualTo(ZoneBasis.STATED);
        });
    }

    @Test
    void seedsWithoutDatelineAreUnknownDespiteEventDatesInTheBody() {
        assertThat(text("003")).contains("on May 28");
        assertThat(text("004")).contains("on April 15");
        assertThat(date("001")).isEqualTo(PublicationDate.UNKNOWN);
        assertThat(date("003")).isEqualTo(PublicationDate.UNKNOWN);
        assertThat(date("004")).isEqualTo(PublicationDate.UNKNOWN);
    }

    @Test
    void seed000LosesMenuAndDatelineAndKeepsTheRepeatedCaption() {
        String original = text("000");
        List<String> lines = lines(original);
        CleanText clean = cleaner.clean(original);
        assertThat(clean.text()).doesNotContain(lines.get(0)).startsWith(lines.get(2));
        assertThat(clean.removed()).extracting(CleanText.RemovedLine::rule).containsExactly("menu", "dateline");
        // One caption: a short whole line of the original that repeats the paragraph before it.
        assertThat(captionTexts(clean)).singleElement().satisfies(caption -> {
            assertThat(lines).contains(caption);
            assertThat(caption.split("\\s+").length).isLessThan(25);
            String before = lines.get(lines.indexOf(caption) - 1);
            assertThat(before).contains(caption.substring(0, caption.indexOf(" in ")));
        });
    }

    @Test
    void seed001LosesSourceAndCommentCounterAndMarksPhotoCaptions() {
        String original = text("001");
        CleanText clean = cleaner.clean(original);
        List<String> cleanLines = lines(clean.text());
        assertThat(cleanLines).doesNotContain("Source", "Comment (0)");
        List<String> photoLines = lines(original).stream().filter(l -> l.endsWith("Photo: Ministry of Foreign Affairs |")).toList();
        assertThat(photoLines).hasSize(3);
        assertThat(captionTexts(clean)).containsExactlyElementsOf(photoLines);
    }

    @Test
    void seed002LosesTagsBylineAndTrailingWhitespaceAndMarksPositionAndDatedCaptions() {
        String original = text("002");
        List<String> lines = lines(original);
        int tagLine = lines.indexOf("Tag (S):");
        assertThat(tagLine).isPositive();
        String byline = lines.get(tagLine - 1);
        CleanText clean = cleaner.clean(original);
        assertThat(lines(clean.text())).doesNotContain("Tag (S):", byline, lines.get(1));
        assertThat(clean.text()).isEqualTo(clean.text().strip());
        // two photo lines with a position marker, and the unmarked photo line that dates its scene
        // (", September 10, 2023."): the picture's date, not the body's (which says "September 2023")
        List<String> captions = captionTexts(clean);
        assertThat(captions).hasSize(3);
        assertThat(captions).filteredOn(c -> c.contains("(left)") || c.contains("(right)")).hasSize(2);
        assertThat(captions).filteredOn(c -> !c.contains("(left)") && !c.contains("(right)")).singleElement().asString()
                .matches(".*, September 10, 2023\\.");
    }

    @Test
    void seed003MarksTheVnaPhotoLineAsCaption() {
        CleanText clean = cleaner.clean(text("003"));
        assertThat(captionTexts(clean)).singleElement().asString().endsWith("(Photo: VNA)");
        assertThat(clean.removed()).isEmpty();
    }

    @Test
    void seed004LosesItsSourceCreditAndHasNoCaptions() {
        String original = text("004");
        CleanText clean = cleaner.clean(original);
        assertThat(clean.removed()).extracting(r -> r.original().of(original)).containsExactly("Source: VNA");
        assertThat(clean.captions()).isEmpty();
    }

    @Test
    void everyBodySentenceOfEverySeedSurvivesAndMapsBack() {
        for (String number : List.of("000", "001", "002", "003", "004")) {
            String original = text(number);
            CleanText clean = cleaner.clean(original);
            List<String> body = lines(original).stream()
                    .filter(l -> l.split("\\s+").length >= 12 && l.matches(".*[.!?\"”]\\s*"))
                    .toList();
            assertThat(body).as("seed %s has body lines", number).isNotEmpty();
            for (String line : body) {
                int at = clean.text().indexOf(line);
                assertThat(at).as("seed %s keeps: %s", number, line).isGreaterThanOrEqualTo(0);
                Span back = clean.map().toOriginal(new Span(at, at + line.length()));
                assertThat(back.of(original)).isEqualTo(line);
            }
            assertThat(cleaner.clean(clean.text()).text()).as("seed %s idempotent", number).isEqualTo(clean.text());
        }
    }
}
