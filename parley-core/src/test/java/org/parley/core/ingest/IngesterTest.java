package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.core.ports.AnnotationClaims;
import org.parley.core.ports.Annotator;
import org.parley.core.ports.ArticleSource;
import org.parley.model.AnnotatedText;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.OffsetMap;
import org.parley.model.Origin;
import org.parley.model.Outcome;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

class IngesterTest {

    private static final String ENGLISH_A = "The two ministers met in the capital on Tuesday to discuss trade.";
    private static final String ENGLISH_B = "The prime minister received the visiting delegation at noon.";
    private static final String FRENCH = "Les deux ministres se sont rencontrés mardi pour parler du commerce.";

    /** Cleans nothing; detects French by a marker word, English otherwise. */
    private static Ingester.Stages stages(Optional<Annotator> annotator) {
        return new Ingester.Stages(
                text -> new CleanText(text.strip(), List.of(), List.of(), OffsetMap.identity(text.strip().length())),
                raw -> PublicationDate.UNKNOWN,
                text -> text.contains("ministres") ? "fr" : "en",
                annotator, Set.of("en"));
    }

    private static Outcome<RawArticle> article(String name, String text) {
        return Outcome.accepted(RawArticle.text(Origin.file("/in/" + name, name), SourceFormat.TEXT, text));
    }

    private static ArticleSource sourceOf(List<Outcome<RawArticle>> outcomes) {
        return sink -> outcomes.forEach(sink);
    }

    private static Annotator countingAnnotator(AtomicInteger calls, String failOn) {
        return new Annotator() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public AnnotatedText annotate(String cleanText, PublicationDate published) {
                calls.incrementAndGet();
                if (cleanText.contains(failOn)) {
                    throw new IllegalStateException("cannot parse");
                }
                return new AnnotatedText("test", List.of(), List.of(), List.of());
            }
        };
    }

    @Test
    void countsNewDuplicateSkippedAndFailedRecordsAndGoesOnAfterABadOne() {
        MemoryArticleStore store = new MemoryArticleStore();
        Ingester ingester = new Ingester(store, stages(Optional.empty()), 1, IngestListener.SILENT);

        IngestSummary summary = ingester.ingest(sourceOf(List.of(
                article("a.txt", ENGLISH_A),
                Outcome.rejected(new Origin("bad.jsonl", "/in/bad.jsonl", "line 3"), "malformed JSON"),
                article("a-copy.txt", "  " + ENGLISH_A + "\n"),
                article("fr.txt", FRENCH),
                article("empty-after-clean.txt", "   "),
                article("b.txt", ENGLISH_B))));

        assertThat(summary.newArticles()).isEqualTo(3);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.skipped()).containsEntry("language fr", 1);
        assertThat(summary.failed()).hasSize(2);
        assertThat(summary.failed().get(0)).contains("/in/bad.jsonl (line 3)").contains("malformed JSON");
        assertThat(summary.failed().get(1)).contains("empty-after-clean.txt").contains("no article text");
        assertThat(store.count()).isEqualTo(3);
        assertThat(store.idsWithStatus(ArticleStatus.SKIPPED_LANGUAGE)).hasSize(1);
    }

    @Test
    void sameUrlWithChangedTextIsANewVersionLinkedToTheOld() {
        MemoryArticleStore store = new MemoryArticleStore();
        Ingester ingester = new Ingester(store, stages(Optional.empty()), 1, IngestListener.SILENT);
        Origin origin = new Origin("https://news.example/a", "dump.jsonl", "line 1");
        RawArticle first = new RawArticle(origin, SourceFormat.JSONL, ENGLISH_A, null, "https://news.example/a", null, null, null, null, null);
        RawArticle revised = new RawArticle(origin, SourceFormat.JSONL, ENGLISH_A + " Updated.", null, "https://news.example/a", null, null, null, null, null);

        IngestSummary summary = ingester.ingest(sourceOf(List.of(Outcome.accepted(first), Outcome.accepted(revised))));

        assertThat(summary.newArticles()).isEqualTo(1);
        assertThat(summary.newVersions()).isEqualTo(1);
        assertThat(store.article(ArticleIds.of(ENGLISH_A + " Updated.")).orElseThrow().previous())
                .isEqualTo(ArticleIds.of(ENGLISH_A));
    }

    @Test
    void annotatesEachNewArticleOnceAndMarksFailuresWithoutStoppingOthers() {
        MemoryArticleStore store = new MemoryArticleStore();
        AtomicInteger calls = new AtomicInteger();
        Ingester ingester = new Ingester(store, stages(Optional.of(countingAnnotator(calls, "prime minister"))), 2,
                IngestListener.SILENT);
        List<Outcome<RawArticle>> input = List.of(article("a.txt", ENGLISH_A), article("b.txt", ENGLISH_B), article("fr.txt", FRENCH));

        IngestSummary first = ingester.ingest(sourceOf(input));
        IngestSummary again = ingester.ingest(sourceOf(input));

        assertThat(first.annotated()).isEqualTo(1);
        assertThat(first.failed()).singleElement().asString().contains("b.txt").contains("cannot parse");
        assertThat(store.annotation(ArticleIds.of(ENGLISH_A))).isPresent();
        assertThat(store.article(ArticleIds.of(ENGLISH_B)).orElseThrow().status()).isEqualTo(ArticleStatus.FAILED);
        assertThat(calls.get()).as("French is not annotated; nothing is annotated twice").isEqualTo(2);
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(again.annotated()).isZero();
    }

    @Test
    void resumesAnnotationLeftPendingByAnInterruptedRun() {
        MemoryArticleStore store = new MemoryArticleStore();
        // First run stores only, as if killed before annotating.
        new Ingester(store, stages(Optional.empty()), 1, IngestListener.SILENT)
                .ingest(sourceOf(List.of(article("a.txt", ENGLISH_A), article("b.txt", ENGLISH_B))));
        AtomicInteger calls = new AtomicInteger();
        List<String> failures = new ArrayList<>();

        int annotated = new Ingester(store, stages(Optional.of(countingAnnotator(calls, "never"))), 2, IngestListener.SILENT)
                .annotatePending(failures);

        assertThat(annotated).isEqualTo(2);
        assertThat(failures).isEmpty();
        assertThat(store.idsWithStatus(ArticleStatus.ANNOTATED)).hasSize(2);
    }

    @Test
    void annotatesOnlyWhatItClaimsAndGivesItsClaimsBackWhenDone() {
        List<String> released = new ArrayList<>();
        MemoryArticleStore store = new MemoryArticleStore() {
            @Override
            public Optional<AnnotationClaims> annotationClaims(String owner, java.time.Duration lease) {
                // another writer holds article B: only A is free
                java.util.Iterator<ArticleId> free = List.of(ArticleIds.of(ENGLISH_A)).iterator();
                MemoryArticleStore self = this;
                return Optional.of(new AnnotationClaims() {
                    @Override
                    public Optional<ArticleId> claimNext() {
                        return free.hasNext() ? Optional.of(free.next()) : Optional.empty();
                    }

                    @Override
                    public boolean saveAnnotation(ArticleId id, org.parley.model.AnnotatedText annotation) {
                        self.saveAnnotation(id, annotation);
                        return true;
                    }

                    @Override
                    public void renew() {
                    }

                    @Override
                    public void releaseAll() {
                        released.add(owner);
                    }
                });
            }
        };
        new Ingester(store, stages(Optional.empty()), 1, IngestListener.SILENT)
                .ingest(sourceOf(List.of(article("a.txt", ENGLISH_A), article("b.txt", ENGLISH_B))));
        AtomicInteger calls = new AtomicInteger();

        int annotated = new Ingester(store, stages(Optional.of(countingAnnotator(calls, "never"))), 2, IngestListener.SILENT)
                .annotatePending(new ArrayList<>());

        assertThat(annotated).isEqualTo(1);
        assertThat(store.idsWithStatus(ArticleStatus.STORED)).containsExactly(ArticleIds.of(ENGLISH_B));
        assertThat(released).as("claims given back once, by an owner naming its process").singleElement()
                .asString().startsWith(ProcessHandle.current().pid() + "-");
    }

    @Test
    void extractsEventsFromEachAnnotatedArticleOnceAndAgainForANewExtractorVersion() {
        MemoryArticleStore store = new MemoryArticleStore();
        AtomicInteger annotations = new AtomicInteger();
        AtomicInteger extractions = new AtomicInteger();
        List<Outcome<RawArticle>> input = List.of(article("a.txt", ENGLISH_A), article("b.txt", ENGLISH_B), article("fr.txt", FRENCH));

        IngestSummary first = new Ingester(store, withFindings(countingAnnotator(annotations, "never"), "v1", extractions), 2,
                IngestListener.SILENT).ingest(sourceOf(input));
        IngestSummary same = new Ingester(store, withFindings(countingAnnotator(annotations, "never"), "v1", extractions), 2,
                IngestListener.SILENT).ingest(sourceOf(input));
        IngestSummary newVersion = new Ingester(store, withFindings(countingAnnotator(annotations, "never"), "v2", extractions), 2,
                IngestListener.SILENT).ingest(sourceOf(input));

        assertThat(first.extracted()).isEqualTo(2);
        assertThat(same.extracted()).isZero();
        assertThat(newVersion.extracted()).isEqualTo(2);
        assertThat(extractions.get()).isEqualTo(4);
        assertThat(annotations.get()).as("re-extraction reads the stored annotation").isEqualTo(2);
        assertThat(store.findings(ArticleIds.of(ENGLISH_A))).isPresent();
    }

    @Test
    void aNewExtractorVersionFirstReannotatesAnArticleWhoseStoredAnnotationLacksWhatTheAnnotatorNowAdds() {
        MemoryArticleStore store = new MemoryArticleStore();
        AtomicInteger extractions = new AtomicInteger();
        List<Outcome<RawArticle>> input = List.of(article("a.txt", ENGLISH_A), article("b.txt", ENGLISH_B));
        new Ingester(store, withFindings(namedAnnotator("cues-1", text -> false), "v1", extractions), 1,
                IngestListener.SILENT).ingest(sourceOf(input));
        // cues-2 would parse a sentence of article A that cues-1 left unparsed; B lacks nothing
        Annotator newer = namedAnnotator("cues-2", stored -> stored.annotator().equals("cues-1 " + ENGLISH_A.length()));

        IngestSummary upgraded = new Ingester(store, withFindings(newer, "v2", extractions), 1, IngestListener.SILENT)
                .ingest(sourceOf(input));

        assertThat(upgraded.extracted()).isEqualTo(2);
        assertThat(store.annotation(ArticleIds.of(ENGLISH_A)).orElseThrow().annotator()).startsWith("cues-2");
        assertThat(store.annotation(ArticleIds.of(ENGLISH_B)).orElseThrow().annotator())
                .as("an annotation that lacks nothing is kept").startsWith("cues-1");
    }

    @Test
    void extractsAFreshlyAnnotatedArticleFromTheAnnotationInMemoryWithoutReadingItBackOrCheckingItAgain() {
        AtomicInteger reads = new AtomicInteger();
        MemoryArticleStore store = new MemoryArticleStore() {
            @Override
            public synchronized Optional<AnnotatedText> annotation(ArticleId id) {
                reads.incrementAndGet();
                return super.annotation(id);
            }
        };
        AtomicInteger checks = new AtomicInteger();
        AtomicInteger extractions = new AtomicInteger();
        Annotator annotator = namedAnnotator("cues-1", stored -> checks.incrementAndGet() < 0);

        IngestSummary summary = new Ingester(store, withFindings(annotator, "v1", extractions), 2, IngestListener.SILENT)
                .ingest(sourceOf(List.of(article("a.txt", ENGLISH_A), article("b.txt", ENGLISH_B))));

        assertThat(summary.extracted()).isEqualTo(2);
        assertThat(extractions.get()).isEqualTo(2);
        assertThat(store.findings(ArticleIds.of(ENGLISH_B))).isPresent();
        assertThat(reads.get()).as("annotations read back from the store").isZero();
        assertThat(checks.get()).as("looks at whether the annotator's own fresh output lacks parses").isZero();
    }

    @Test
    void anExtractionThatFailsRightAfterAnnotationIsReportedOnceAndLeavesTheArticleWithoutFindings() {
        MemoryArticleStore store = new MemoryArticleStore();
        AtomicInteger attempts = new AtomicInteger();
        Ingester.Stages base = stages(Optional.of(namedAnnotator("cues-1", stored -> false)));
        org.parley.core.extract.FindingsExtractor failingOnB = new org.parley.core.extract.FindingsExtractor() {
            @Override
            public String name() {
                return "v1";
            }

            @Override
            public org.parley.core.extract.ArticleFindings extract(org.parley.model.Article article, AnnotatedText text) {
                attempts.incrementAndGet();
                if (article.clean().text().contains("prime minister")) {
                    throw new IllegalStateException("no verb");
                }
                return new org.parley.core.extract.ArticleFindings(article.id(), List.of(), List.of());
            }
        };
        Ingester.Stages stages = new Ingester.Stages(base.cleaner(), base.dater(), base.languages(), base.annotator(),
                base.analysed(), Optional.of(failingOnB));

        IngestSummary summary = new Ingester(store, stages, 2, IngestListener.SILENT)
                .ingest(sourceOf(List.of(article("a.txt", ENGLISH_A), article("b.txt", ENGLISH_B))));

        assertThat(summary.extracted()).isEqualTo(1);
        assertThat(summary.failed()).singleElement().asString().contains("b.txt").contains("event extraction failed")
                .contains("no verb");
        assertThat(store.findings(ArticleIds.of(ENGLISH_B))).isEmpty();
        assertThat(attempts.get()).as("A once, B once right after annotation: the failure is not tried again in the run")
                .isEqualTo(2);

        List<String> failures = new ArrayList<>();
        assertThat(new Ingester(store, stages, 2, IngestListener.SILENT).extractPending(failures))
                .as("a later pass over what lacks findings tries B again").isZero();
        assertThat(failures).singleElement().asString().contains("b.txt").contains("no verb");
    }

    /** Names each annotation after itself and the text's length; says it would add to a stored one when {@code adds} does. */
    private static Annotator namedAnnotator(String name, java.util.function.Predicate<AnnotatedText> adds) {
        return new Annotator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public AnnotatedText annotate(String cleanText, PublicationDate published) {
                return new AnnotatedText(name + " " + cleanText.length(), List.of(), List.of(), List.of());
            }

            @Override
            public boolean wouldAddTo(AnnotatedText stored) {
                return adds.test(stored);
            }
        };
    }

    private static Ingester.Stages withFindings(Annotator annotator, String version, AtomicInteger calls) {
        Ingester.Stages base = stages(Optional.of(annotator));
        org.parley.core.extract.FindingsExtractor extractor = new org.parley.core.extract.FindingsExtractor() {
            @Override
            public String name() {
                return version;
            }

            @Override
            public org.parley.core.extract.ArticleFindings extract(org.parley.model.Article article, AnnotatedText text) {
                calls.incrementAndGet();
                return new org.parley.core.extract.ArticleFindings(article.id(), List.of(), List.of());
            }
        };
        return new Ingester.Stages(base.cleaner(), base.dater(), base.languages(), base.annotator(), base.analysed(),
                Optional.of(extractor));
    }

    @Test
    void idIgnoresCaseAndWhitespaceButNotWords() {
        assertThat(ArticleIds.of("The  Minister\nmet")).isEqualTo(ArticleIds.of("the minister met"));
        assertThat(ArticleIds.of("the minister met")).isNotEqualTo(ArticleIds.of("the minister left"));
    }
}
