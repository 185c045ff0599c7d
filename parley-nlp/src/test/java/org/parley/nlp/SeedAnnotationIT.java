package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedText;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.PublicationDate;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * The default annotator on the five real seed articles in {@code ../shared/corpus/seeds}
 * (skipped when absent), annotated once single-threaded and once from two threads at a time.
 */
class SeedAnnotationIT {

    /** Publication dates as the seeds' own datelines give them; the others carry none with a year. */
    private static final Map<String, PublicationDate> DATES = Map.of(
            "000", Dates.published("2024-03-26"),
            "002", Dates.published("2024-03-27"));

    private static final Map<String, String> TEXTS = new LinkedHashMap<>();
    private static final Map<String, AnnotatedText> SINGLE_THREADED = new LinkedHashMap<>();
    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void annotateSeeds() throws IOException {
        Path seeds = Path.of(System.getProperty("parley.shared", "../shared"), "corpus", "seeds");
        assumeTrue(Files.isDirectory(seeds), seeds + " absent: skipping seed annotation tests");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                TEXTS.put(f.getFileName().toString().substring(0, 3), Files.readString(f));
            }
        }
        annotator = SharedAnnotator.get();
        TEXTS.forEach((id, text) -> SINGLE_THREADED.put(id, annotator.annotate(text, date(id))));
    }

    private static PublicationDate date(String id) {
        return DATES.getOrDefault(id, PublicationDate.UNKNOWN);
    }

    private static AnnotatedText seed(String id) {
        assertThat(SINGLE_THREADED).as("seed %s", id).containsKey(id);
        return SINGLE_THREADED.get(id);
    }

    @Test
    void seed000HasTitlePersonCityAndTodayResolvedToThePublicationDate() {
        AnnotatedText a = seed("000");
        String text = TEXTS.get("000");
        List<EntityMention> e = a.entities();
        int title = indexOf(e, EntityType.TITLE, "Secretary of State");
        assertThat(title).isGreaterThanOrEqualTo(0);
        assertThat(e.get(title + 1)).extracting(EntityMention::type, EntityMention::text)
                .containsExactly(EntityType.PERSON, "Antony Blinken");
        assertThat(e).extracting(EntityMention::type, EntityMention::text).contains(tuple(EntityType.CITY, "Washington, D.C."));
        assertThat(e).allSatisfy(m -> assertThat(m.span().of(text)).isEqualTo(m.text()));
        assertThat(a.times()).extracting(TimeExpression::text, TimeExpression::value)
                .contains(tuple("today", "2024-03-26"), tuple("March 26", "2024-03-26"), tuple("September 2023", "2023-09"));
    }

    @Test
    void seed002HasNormalizedMoneyAndItsNumericDate() {
        AnnotatedText a = seed("002");
        assertThat(a.entities()).filteredOn(m -> m.type() == EntityType.MONEY && m.text().equals("$500 million"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.normalized()).isEqualTo("$5.0E8"));
        assertThat(a.times()).extracting(TimeExpression::text, TimeExpression::value)
                .contains(tuple("27/03/2024", "2024-03-27"));
    }

    @Test
    void seed004HasTheWholePartyGeneralSecretaryTitle() {
        AnnotatedText a = seed("004");
        assertThat(a.entities()).extracting(EntityMention::type, EntityMention::text)
                .contains(tuple(EntityType.TITLE, "Party General Secretary"), tuple(EntityType.PERSON, "Nguyen Phu Trong"));
        // No year anywhere in its dateline: "April 15" stays unresolved.
        assertThat(a.times()).extracting(TimeExpression::text, TimeExpression::value).contains(tuple("April 15", "XXXX-04-15"));
    }

    @Test
    void everySeedHasSpansOnItsTextAndAWholeParseOfTheSentencesThatCanCarryAnEvent() {
        SINGLE_THREADED.forEach((id, a) -> {
            String text = TEXTS.get(id);
            assertThat(a.tokenCount()).as(id).isGreaterThan(300);
            // Cued parsing (the default) leaves out sentences with no cue word or no candidate actor
            // (12% of the seeds' sentences): a sentence has a whole parse or none.
            assertThat(a.sentences().stream().filter(s -> !s.dependencies().isEmpty()).count())
                    .as("%s parsed sentences", id).isGreaterThanOrEqualTo(a.sentences().size() * 7L / 10);
            for (Sentence s : a.sentences()) {
                if (!s.dependencies().isEmpty()) {
                    assertThat(s.dependencies()).as("%s sentence %d", id, s.index()).hasSize(s.tokens().size());
                }
                for (Token t : s.tokens()) {
                    assertThat(t.span().of(text)).as(id).isEqualTo(t.word());
                }
            }
            assertThat(a.times()).allSatisfy(t -> assertThat(t.span().of(text)).isEqualTo(t.text()));
        });
    }

    @Test
    void twoThreadsGiveTheSameAnnotationsAsOne() throws Exception {
        assertThat(SINGLE_THREADED).hasSize(TEXTS.size()).isNotEmpty();
        List<String> forward = new ArrayList<>(TEXTS.keySet());
        List<String> backward = new ArrayList<>(forward);
        Collections.reverse(backward);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Map<String, AnnotatedText>>> runs = new ArrayList<>();
            for (List<String> order : List.of(forward, backward)) {
                runs.add(pool.submit(() -> {
                    Map<String, AnnotatedText> out = new LinkedHashMap<>();
                    for (String id : order) {
                        out.put(id, annotator.annotate(TEXTS.get(id), date(id)));
                    }
                    return out;
                }));
            }
            for (Future<Map<String, AnnotatedText>> run : runs) {
                Map<String, AnnotatedText> result = run.get();
                for (String id : forward) {
                    assertThat(result.get(id)).as("seed %s annotated concurrently", id).isEqualTo(SINGLE_THREADED.get(id));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int indexOf(List<EntityMention> mentions, EntityType type, String text) {
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).type() == type && mentions.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }
}
