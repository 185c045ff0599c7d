package org.parley.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.core.dates.PublicationDateResolver;
import org.parley.eval.SeedCorpus;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.model.Outcome;
import org.parley.model.PublicationDate;
import org.parley.model.PublicationDate.Dated;
import org.parley.model.PublicationDate.Source;
import org.parley.model.PublicationDate.WithoutYear;
import org.parley.model.RawArticle;

/**
 * Publication dates from the news-please {@code date_publish} strings of the ECB+ dev documents:
 * free text from tokenized pages ({@code Posted on Thu Jun 13, 2013 08 : 45 AM PDT}). Every
 * non-blank string must be dated from the metadata ({@link Dated}, or {@link WithoutYear} when the
 * stamp has no year), except those listed in {@link #NO_DATE} with the reason. Prints the count
 * dated and the "published date metadata is not a date" warnings logged (one resolution per
 * document), and writes every string with its result to {@code target/ecb-publication-dates.tsv}.
 * Read since the first list: a misspelt month ({@code Novemer 27, 2005}), an age counted from the
 * stated download day ({@code Posted 1 year, 160 days ago [downloaded on 2 October 2013]}) and a
 * numeric stamp whose month the text names ({@code 2 / 3 / 2009}: the text names Jan. 6 and Feb. 17).
 */
class EcbPublicationDatesIT {

    private static final String UNDECIDED = "numeric date with both parts <= 12, an outlet of unknown convention and "
            + "no clue in the URL or the text's named dates or their months: left undecided, not guessed";

    /** Documents whose {@code date_publish} carries no publication date that may be read, with the reason. */
    private static final Map<String, String> NO_DATE = Map.ofEntries(
            Map.entry("10_20ecbplus.json", "a time only (8 : 24am :)"),
            Map.entry("21_9ecbplus.json", "a time only (Updated 9 : 06 AM)"),
            Map.entry("35_11ecbplus.json", "an event date inside a sentence (court date is set for February 17, 2009)"),
            Map.entry("27_9ecbplus.json", "article text, years only"),
            Map.entry("29_9ecbplus.json", "article text, no date"),
            Map.entry("2_9ecbplus.json", "a headline, a year only"),
            Map.entry("31_10ecbplus.json", "article text, no date"),
            Map.entry("4_10ecbplus.json", "article text, no date"),
            Map.entry("7_10ecbplus.json", "article text, a year only"),
            Map.entry("31_4ecbplus.json", UNDECIDED + " (03 / 08 / 2013)"));

    /** Documents whose stamp has no year although the rest of the string names one ({@code Jul. 7 ... In 2008, ...}). */
    private static final Set<String> WITHOUT_YEAR = Set.of("7_9ecbplus.json", "31_6ecbplus.json");

    @Test
    void datesEveryNonBlankDatePublishFromTheMetadata() throws IOException {
        Path docs = SeedCorpus.sharedDir().resolve("bench/ecbplus-dev/docs");
        assumeTrue(Files.isDirectory(docs), "../shared/bench/ecbplus-dev/docs is absent: skipping the ECB+ publication dates");
        List<RawArticle> articles = read(docs);
        PublicationDateResolver resolver = new PublicationDateResolver();
        List<String> undated = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int total = 0;
        int dated = 0;
        int warnings;
        try (WarningCounter counter = new WarningCounter()) {
            for (RawArticle raw : articles) {
                if (raw.publishedMetadata() == null) {
                    resolver.resolve(raw);
                    continue;
                }
                total++;
                PublicationDate date = resolver.resolve(raw);
                boolean fromMetadata = date instanceof Dated d && d.source() == Source.METADATA
                        || date instanceof WithoutYear w && w.source() == Source.METADATA
                        && (!hasYear(raw.publishedMetadata()) || WITHOUT_YEAR.contains(name(raw)));
                lines.add(name(raw) + "\t" + raw.publishedMetadata() + "\t" + date);
                if (fromMetadata) {
                    dated++;
                } else if (!NO_DATE.containsKey(name(raw))) {
                    undated.add(name(raw) + " \"" + raw.publishedMetadata() + "\" -> " + date);
                }
            }
            warnings = counter.count;
        }
        System.out.printf("ECB+ dev date_publish: %d of %d non-blank strings dated from metadata; "
                + "%d \"published date metadata is not a date\" warnings over %d documents%n",
                dated, total, warnings, articles.size());
        undated.forEach(u -> System.out.println("  not dated: " + u));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "ecb-publication-dates.tsv"), lines);
        NO_DATE.forEach((doc, reason) -> System.out.println("  no date by design: " + doc + ": " + reason));
        assertThat(undated).isEmpty();
        assertThat(dated).isEqualTo(total - NO_DATE.size());
    }

    private static boolean hasYear(String value) {
        return value.matches("(?s).*\\b(?:1[89]|20)\\d{2}\\b.*");
    }

    private static String name(RawArticle raw) {
        return Path.of(raw.origin().path()).getFileName().toString();
    }

    private static List<RawArticle> read(Path docs) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(docs)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).map(Path::toString).sorted().toList();
        }
        List<RawArticle> articles = new ArrayList<>();
        new FileArticleSource(files, ReaderOptions.defaults()).forEach(outcome -> {
            if (outcome instanceof Outcome.Accepted<RawArticle> accepted) {
                articles.add(accepted.value());
            }
        });
        return articles;
    }

    /** Counts the resolver's warnings while open (the resolver logs through System.Logger, i.e. java.util.logging). */
    private static final class WarningCounter extends Handler implements AutoCloseable {
        private final Logger logger = Logger.getLogger(PublicationDateResolver.class.getName());
        private int count;

        WarningCounter() {
            logger.addHandler(this);
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()
                    && String.valueOf(record.getMessage()).contains("not a date")) {
                count++;
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }
}
