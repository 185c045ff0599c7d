package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Timeout;
import org.parley.core.AllocationBound;
import org.parley.core.dateline.Dateline;
import org.parley.core.dateline.DatelineParser;
import org.parley.core.dateline.DayMonthOrder;
import org.parley.model.Origin;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

/**
 * Fuzz tests of the parsers that read dates from outside text: the dateline parser (every entry
 * point, both day/month orders) and the publication-date resolver (metadata, URL and text). Any
 * input gives a date or none, never an exception, within the time and memory bounds.
 *
 * <p>Seeds: {@code src/test/resources/org/parley/core/dates/DateParsersFuzzTestInputs/METHOD/};
 * {@code scripts/fuzz.sh dateline|published MINUTES} fuzzes.
 */
class DateParsersFuzzTest {

    // Unreadable metadata is logged as a warning; at fuzzing speed that would be most of the work.
    private static final Logger RESOLVER_LOG = Logger.getLogger(PublicationDateResolver.class.getName());

    static {
        RESOLVER_LOG.setLevel(Level.OFF);
    }

    private static final DatelineParser DATELINES = new DatelineParser();
    private static final PublicationDateResolver RESOLVER = new PublicationDateResolver();

    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anyLineIsADatelineOrNone(byte[] input) {
        String line = new String(input, StandardCharsets.UTF_8);
        AllocationBound.check(() -> {
            DATELINES.isStandalone(line);
            for (DayMonthOrder order : DayMonthOrder.values()) {
                readable(DATELINES.parseStandalone(line, order));
                readable(DATELINES.parseLeading(line, order));
                readable(DATELINES.parseExpression(line, order));
                readable(DATELINES.parseWithin(line, order));
            }
        });
    }

    /** Line 1 is the published-date metadata, line 2 the URL, the rest the article's text. */
    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anyArticleHasAPublicationDateOrUnknown(byte[] input) {
        String[] parts = new String(input, StandardCharsets.UTF_8).split("\n", 3);
        String metadata = parts[0];
        String url = parts.length > 1 ? parts[1] : null;
        String text = parts.length > 2 ? parts[2] : "";
        RawArticle raw = new RawArticle(Origin.file("fuzz.json", "fuzz.json"), SourceFormat.JSON, text,
                null, url, null, null, metadata, null, null);
        AllocationBound.check(() -> {
            PublicationDate date = RESOLVER.resolve(raw);
            assertThat(date).as("publication date of " + raw).isNotNull();
        });
    }

    private static void readable(Optional<Dateline> dateline) {
        assertThat(dateline).isNotNull();
        dateline.ifPresent(d -> assertThat(d.text()).as("the text a dateline was read from").isNotNull());
    }
}
