package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.ports.AnnotationClaims;
import org.parley.core.ports.ArticleStore.IdKind;
import org.parley.core.ports.ArticleStore.Put;
import org.parley.core.ports.ArticleStore.PutResult;
import org.parley.core.ports.ArticleStore.SavedStories;
import org.parley.core.ports.ArticleStore.StoryUpdate;
import org.parley.core.ports.FeedState;
import org.parley.core.ports.StorePage;
import org.parley.model.AnnotatedText;
import org.parley.core.extract.ArticleFindings;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.model.PublicationDate;
import org.parley.model.Story;

/**
 * What every {@link org.parley.core.ports.ArticleStore} must do; one subclass per store runs it.
 * Each test starts from an empty store.
 */
abstract class ArticleStoreContract {

    /** Empties the store location the next {@link #openStore()} opens. */
    abstract void resetLocation() throws Exception;

    /** Opens (again) the store at the current location. */
    abstract JdbcArticleStore openStore();

    /** Records a schema version in the store's {@code schema_version} table, behind the store's back. */
    abstract void forgeSchemaVersion(int version) throws Exception;

    JdbcArticleStore store;

    @BeforeEach
    void open() throws Exception {
        resetLocation();
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) { // null when the setup skipped the test
            store.close();
        }
    }

    @Test
    void keepsEachKindOfStableIdsApartAndReplacesThemWhole() {
        assertThat(store.stableIds(IdKind.STORY)).isEmpty();
        store.saveStableIds(IdKind.STORY, Map.of("story-aaaa0000", Set.of("a1", "a2"), "story-bbbb0000", Set.of("b1")));
        store.saveStableIds(IdKind.EVENT, Map.of("ev-0001", Set.of("a1#3#CONSULT#met")));

        assertThat(store.stableIds(IdKind.STORY))
                .isEqualTo(Map.of("story-aaaa0000", Set.of("a1", "a2"), "story-bbbb0000", Set.of("b1")));
        assertThat(store.stableIds(IdKind.EVENT)).isEqualTo(Map.of("ev-0001", Set.of("a1#3#CONSULT#met")));

        store.saveStableIds(IdKind.STORY, Map.of("story-aaaa0000", Set.of("a1", "a2", "b1")));
        store.close();
        store = openStore();
        assertThat(store.stableIds(IdKind.STORY)).isEqualTo(Map.of("story-aaaa0000", Set.of("a1", "a2", "b1")));
        assertThat(store.stableIds(IdKind.EVENT)).hasSize(1);
    }

    @Test
    void retiredIdsAreKeptPerKindAcrossReopeningAndUpdated() {
        assertThat(store.retiredIds(IdKind.STORY)).isEmpty();
        store.retireIds(IdKind.STORY, Map.of("story-bbbb0000", "story-aaaa0000"));
        store.retireIds(IdKind.EVENT, Map.of("ev-0002", "ev-0001"));
        store.retireIds(IdKind.STORY, Map.of());
        store.close();
        store = openStore();
        assertThat(store.retiredIds(IdKind.STORY)).isEqualTo(Map.of("story-bbbb0000", "story-aaaa0000"));
        assertThat(store.retiredIds(IdKind.EVENT)).isEqualTo(Map.of("ev-0002", "ev-0001"));

        // the successor itself merged on: the row is updated, not duplicated
        store.retireIds(IdKind.STORY, Map.of("story-bbbb0000", "story-cccc0000", "story-aaaa0000", "story-cccc0000"));
        assertThat(store.retiredIds(IdKind.STORY)).isEqualTo(Map.of("story-bbbb0000", "story-cccc0000",
                "story-aaaa0000", "story-cccc0000"));
    }

    @Test
    void storiesAndTheirEvidenceAreSavedInOneStepAndReadBackWithTheirMark() throws Exception {
        assertThat(store.savedStories()).isEmpty();
        for (int n = 1; n <= 3; n++) {
            store.put(SampleArticles.numbered(n));
            store.saveAnnotation(SampleArticles.id(n), SampleArticles.annotation("test-annotator"));
            store.saveFindings(new ArticleFindings(SampleArticles.id(n), List.of(), List.of()), "extractor-1");
        }
        assertThat(store.idsNeedingStoryEvidence()).containsExactly(SampleArticles.id(1), SampleArticles.id(2), SampleArticles.id(3));
        org.parley.core.cluster.StoryEvidence evidence = new org.parley.core.cluster.StoryEvidence(SampleArticles.id(1),
                "a.txt", "outlet", "Ministers meet", java.time.LocalDate.of(2024, 3, 1),
                new org.parley.core.cluster.StoryEvidence.LeadEvent("CONSULT", "visit", Set.of("blinken"), Set.of("USA"),
                        new org.parley.model.EventDate.ExactDay(java.time.LocalDate.of(2024, 2, 29),
                                org.parley.model.EventDate.Basis.STATED, List.of("on Thursday")), "hanoi", "VNM"),
                new org.parley.core.cluster.DateWindow(java.time.LocalDate.of(2024, 2, 28), java.time.LocalDate.of(2024, 3, 1)),
                new org.parley.core.cluster.ArticleTerms(Map.of("meet", 2), Map.of("blinken", 1), Map.of("minister", 1)));
        Story one = new Story("story-aaaa0000", "Ministers meet", "2024-02-29", List.of(SampleArticles.id(1), SampleArticles.id(2)),
                List.of("a.txt", "b.txt"));
        Story two = new Story("story-bbbb0000", "Other", null, List.of(SampleArticles.id(3)), List.of("c.txt"));
        assertThat(store.saveStories(new StoryUpdate(true, Set.of(), List.of(two, one), Map.of(), List.of(evidence), "mark-1", null)))
                .isTrue();
        // another process's step computed from no saved stories comes second: nothing is written
        assertThat(store.saveStories(new StoryUpdate(true, Set.of(), List.of(two), Map.of(), List.of(), "mark-x", null))).isFalse();

        assertThat(store.savedStories()).contains(new SavedStories(List.of(one, two), "mark-1"));
        assertThat(store.stableIds(IdKind.STORY)).isEqualTo(Map.of("story-aaaa0000", Set.of(SampleArticles.id(1).value(),
                SampleArticles.id(2).value()), "story-bbbb0000", Set.of(SampleArticles.id(3).value())));
        List<org.parley.core.cluster.StoryEvidence> kept = new ArrayList<>();
        store.forEachStoryEvidence(kept::add);
        assertThat(kept).containsExactly(evidence);
        assertThat(store.idsNeedingStoryEvidence()).containsExactly(SampleArticles.id(2), SampleArticles.id(3));

        // a merge: both go, one comes, the retired id points to it; new findings make the evidence stale
        Story merged = new Story("story-aaaa0000", "Ministers meet", "2024-02-29", List.of(SampleArticles.id(1),
                SampleArticles.id(2), SampleArticles.id(3)), List.of("a.txt", "b.txt", "c.txt"));
        Thread.sleep(2); // findings are stamped by the clock
        store.saveFindings(new ArticleFindings(SampleArticles.id(1), List.of(), List.of()), "extractor-1");
        store.saveStories(new StoryUpdate(false, Set.of("story-aaaa0000", "story-bbbb0000"), List.of(merged),
                Map.of("story-bbbb0000", "story-aaaa0000"), List.of(), "mark-2", "mark-1"));
        store.close();
        store = openStore();
        assertThat(store.savedStories()).contains(new SavedStories(List.of(merged), "mark-2"));
        assertThat(store.retiredIds(IdKind.STORY)).isEqualTo(Map.of("story-bbbb0000", "story-aaaa0000"));
        assertThat(store.stableIds(IdKind.STORY)).containsOnlyKeys("story-aaaa0000");
        assertThat(store.idsNeedingStoryEvidence()).containsExactly(SampleArticles.id(1), SampleArticles.id(2),
                SampleArticles.id(3));
    }

    @Test
    void readsBackEveryFieldOfAnArticle() {
        Article article = SampleArticles.full(1, "https://example-news.test/a/1", SampleArticles.datedWithOffset());

        Put put = store.put(article);

        assertThat(put).isEqualTo(new Put(PutResult.NEW, article.id(), null));
        assertThat(store.article(article.id())).contains(article);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void readsBackEachKindOfPublicationDate() {
        List<PublicationDate> dates = List.of(SampleArticles.datedWithOffset(), SampleArticles.dayOnly(),
                SampleArticles.withoutYear(), PublicationDate.UNKNOWN);
        for (int i = 0; i < dates.size(); i++) {
            store.put(SampleArticles.full(10 + i, "https://example-news.test/d/" + i, dates.get(i)));
        }
        for (int i = 0; i < dates.size(); i++) {
            assertThat(store.article(SampleArticles.id(10 + i)).orElseThrow().published()).isEqualTo(dates.get(i));
        }
    }

    @Test
    void findingsRoundTripWithEveryKindOfEventDateAndAreRecomputedForAnotherExtractor() {
        for (int n = 1; n <= 3; n++) {
            store.put(SampleArticles.numbered(n));
            store.saveAnnotation(SampleArticles.id(n), SampleArticles.annotation("test-annotator"));
        }
        org.parley.model.Actor blinken = new org.parley.model.Actor("Antony Blinken", org.parley.model.ActorKind.PERSON,
                "Secretary of State", "USA", "GOV");
        org.parley.model.Actor son = new org.parley.model.Actor("Bui Thanh Son", org.parley.model.ActorKind.PERSON,
                "Foreign Minister", "VNM", "GOV");
        org.parley.model.Evidence evidence = new org.parley.model.Evidence(SampleArticles.id(1), "a.txt", 2,
                new org.parley.model.Span(10, 60), "The two ministers met in Hanoi.");
        List<org.parley.model.EventDate> dates = List.of(
                new org.parley.model.EventDate.ExactDay(java.time.LocalDate.of(2021, 5, 28),
                        org.parley.model.EventDate.Basis.INFERRED, List.of("tenures: 2021-2024", "UNSC term ends 2021")),
                new org.parley.model.EventDate.MonthOnly(java.time.YearMonth.of(2023, 9),
                        org.parley.model.EventDate.Basis.STATED, List.of("in September 2023")),
                new org.parley.model.EventDate.YearOnly(2020, org.parley.model.EventDate.Basis.RELATIVE, List.of("last year")),
                new org.parley.model.EventDate.Unknown(List.of("no date")));
        List<org.parley.model.EventMention> events = dates.stream().map(d -> new org.parley.model.EventMention(
                "CONSULT", "phone", "040", "phone talks", List.of(son), List.of(blinken), d,
                new org.parley.model.Location("Hanoi", "VNM", 21.03, 105.85), List.of("trade"), false, evidence)).toList();
        org.parley.model.Commitment mou = new org.parley.model.Commitment("mou", "MOU on export finance",
                List.of(org.parley.model.Actor.country("United States", "USA")),
                new org.parley.model.Money(new java.math.BigDecimal("500000000"), "USD"), dates.get(3), List.of("trade"), evidence);
        ArticleFindings findings = new ArticleFindings(SampleArticles.id(1), events, List.of(mou));

        store.saveFindings(findings, "extractor-1");
        store.saveFindings(new ArticleFindings(SampleArticles.id(2), List.of(), List.of()), "extractor-1");

        assertThat(store.findings(SampleArticles.id(1))).contains(findings);
        assertThat(store.findings(0, 10)).extracting(ArticleFindings::article)
                .containsExactly(SampleArticles.id(1), SampleArticles.id(2));
        assertThat(store.idsNeedingFindings("extractor-1")).containsExactly(SampleArticles.id(3));
        assertThat(store.idsNeedingFindings("extractor-2"))
                .containsExactly(SampleArticles.id(1), SampleArticles.id(2), SampleArticles.id(3));
    }

    @Test
    void unknownIdReadsAsEmpty() {
        assertThat(store.article(SampleArticles.id(404))).isEmpty();
        assertThat(store.annotation(SampleArticles.id(404))).isEmpty();
    }

    @Test
    void puttingTheSameIdAgainIsADuplicateAndChangesNothing() {
        Article first = SampleArticles.numbered(1);
        store.put(first);
        Article sameIdOtherFields = first.withStatus(ArticleStatus.FAILED, "should not be stored");

        Put again = store.put(sameIdOtherFields);

        assertThat(again.result()).isEqualTo(PutResult.DUPLICATE);
        assertThat(store.article(first.id())).contains(first);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void newTextForAKnownUrlIsStoredAsANewVersionOfTheLatest() {
        String url = "https://example-news.test/story";
        Article v1 = SampleArticles.full(1, url, PublicationDate.UNKNOWN);
        Article v2 = SampleArticles.full(2, url, PublicationDate.UNKNOWN);
        Article v3 = SampleArticles.full(3, url, PublicationDate.UNKNOWN);

        assertThat(store.put(v1).result()).isEqualTo(PutResult.NEW);
        assertThat(store.put(v2)).isEqualTo(new Put(PutResult.NEW_VERSION, v2.id(), v1.id()));
        assertThat(store.put(v3)).isEqualTo(new Put(PutResult.NEW_VERSION, v3.id(), v2.id()));
        assertThat(store.put(v2).result()).isEqualTo(PutResult.DUPLICATE);

        assertThat(store.article(v1.id()).orElseThrow().previous()).isNull();
        assertThat(store.article(v3.id()).orElseThrow().previous()).isEqualTo(v2.id());
        assertThat(store.versions(url)).containsExactly(v1.id(), v2.id(), v3.id());
        assertThat(store.count()).isEqualTo(3);
    }

    /** Stores articles 0–6 and gives their ids in ingest order, which is not id order. */
    private List<ArticleId> putSevenNumbered() {
        List<ArticleId> ingested = new ArrayList<>();
        for (int n = 0; n < 7; n++) {
            store.put(SampleArticles.numbered(n));
            ingested.add(SampleArticles.id(n));
        }
        assertThat(ingested).isNotEqualTo(ingested.stream().sorted().toList());
        return ingested;
    }

    @Test
    void listsArticlesInIngestOrderPageByPage() {
        List<ArticleId> ingested = putSevenNumbered();

        List<ArticleId> paged = new ArrayList<>();
        for (int offset = 0; offset < 9; offset += 3) {
            store.articles(offset, 3).forEach(a -> paged.add(a.id()));
        }
        assertThat(paged).containsExactlyElementsOf(ingested);
        assertThat(store.articles(7, 3)).isEmpty();
        assertThatThrownBy(() -> store.articles(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void walksAnEmptyStoreToNothing() {
        StorePage<Article> page = store.articlesAfter(StorePage.Cursor.START, 3);
        assertThat(page.items()).isEmpty();
        assertThat(page.last(3)).isTrue();
        assertThat(store.findingsAfter(StorePage.Cursor.START, 3).items()).isEmpty();
        List<Object> visited = new ArrayList<>();
        store.forEachArticle(visited::add);
        store.forEachFindings(visited::add);
        assertThat(visited).isEmpty();
    }

    @Test
    void walksArticlesByCursorInIngestOrderAcrossPagesAndOnToLaterArticles() {
        List<ArticleId> ingested = putSevenNumbered();

        List<ArticleId> walked = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        StorePage.Cursor cursor = StorePage.Cursor.START;
        StorePage<Article> page;
        do {
            page = store.articlesAfter(cursor, 3);
            page.items().forEach(a -> walked.add(a.id()));
            sizes.add(page.items().size());
            cursor = page.next();
        } while (!page.last(3));
        assertThat(walked).containsExactlyElementsOf(ingested);
        assertThat(sizes).containsExactly(3, 3, 1);

        // the cursor at the end stays valid: it reads on to what is stored later
        store.put(SampleArticles.numbered(7));
        assertThat(store.articlesAfter(cursor, 3).items()).extracting(Article::id).containsExactly(SampleArticles.id(7));

        List<ArticleId> all = new ArrayList<>();
        store.forEachArticle(a -> all.add(a.id()));
        assertThat(all).hasSize(8).startsWith(ingested.toArray(ArticleId[]::new));
        assertThatThrownBy(() -> store.articlesAfter(StorePage.Cursor.START, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void walksFindingsInIngestOrderOfTheirArticlesNotInSaveOrder() {
        putSevenNumbered();
        for (int n : new int[] {5, 1, 3}) {
            store.saveFindings(new ArticleFindings(SampleArticles.id(n), List.of(), List.of()), "extractor-1");
        }

        // exactly one full page, then an empty last one
        StorePage<ArticleFindings> first = store.findingsAfter(StorePage.Cursor.START, 3);
        assertThat(first.items()).extracting(ArticleFindings::article)
                .containsExactly(SampleArticles.id(1), SampleArticles.id(3), SampleArticles.id(5));
        assertThat(first.last(3)).isFalse();
        StorePage<ArticleFindings> second = store.findingsAfter(first.next(), 3);
        assertThat(second.items()).isEmpty();
        assertThat(second.last(3)).isTrue();

        List<ArticleId> walked = new ArrayList<>();
        store.forEachFindings(f -> walked.add(f.article()));
        assertThat(walked).containsExactly(SampleArticles.id(1), SampleArticles.id(3), SampleArticles.id(5));
    }

    @Test
    void batchPutStoresAllInOrderAndLinksVersionsWithinTheBatch() {
        String url = "https://example-news.test/batch";
        Article v1 = SampleArticles.full(1, url, PublicationDate.UNKNOWN);
        Article v2 = SampleArticles.full(2, url, PublicationDate.UNKNOWN);
        Article other = SampleArticles.numbered(3);

        List<Put> puts = store.putAll(List.of(v1, other, v2, other));

        assertThat(puts).extracting(Put::result)
                .containsExactly(PutResult.NEW, PutResult.NEW, PutResult.NEW_VERSION, PutResult.DUPLICATE);
        assertThat(puts.get(2).previous()).isEqualTo(v1.id());
        assertThat(store.articles(0, 10)).extracting(Article::id).containsExactly(v1.id(), other.id(), v2.id());
    }

    @Test
    void idsWithStatusFollowIngestOrder() {
        for (int n = 0; n < 5; n++) {
            store.put(SampleArticles.numbered(n));
        }
        store.markFailed(SampleArticles.id(3), "parser ran out of memory");
        store.markFailed(SampleArticles.id(1), "parser ran out of memory");

        assertThat(store.idsWithStatus(ArticleStatus.FAILED)).containsExactly(SampleArticles.id(1), SampleArticles.id(3));
        assertThat(store.idsWithStatus(ArticleStatus.STORED))
                .containsExactly(SampleArticles.id(0), SampleArticles.id(2), SampleArticles.id(4));
        assertThat(store.idsWithStatus(ArticleStatus.ANNOTATED)).isEmpty();
    }

    @Test
    void markFailedKeepsTheReason() {
        Article article = SampleArticles.numbered(1);
        store.put(article);

        store.markFailed(article.id(), "sentence 4 too long to parse");

        Article failed = store.article(article.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ArticleStatus.FAILED);
        assertThat(failed.error()).isEqualTo("sentence 4 too long to parse");
        assertThatThrownBy(() -> store.markFailed(SampleArticles.id(99), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SampleArticles.id(99).value());
    }

    @Test
    void savingAnAnnotationStoresItAndMarksTheArticleAnnotated() {
        Article article = SampleArticles.numbered(1);
        store.put(article);
        store.markFailed(article.id(), "first attempt failed");
        AnnotatedText annotation = SampleArticles.annotation("corenlp-4.5.10/default");

        store.saveAnnotation(article.id(), annotation);

        assertThat(store.annotation(article.id())).contains(annotation);
        Article annotated = store.article(article.id()).orElseThrow();
        assertThat(annotated.status()).isEqualTo(ArticleStatus.ANNOTATED);
        assertThat(annotated.error()).isNull();
        assertThat(store.idsWithStatus(ArticleStatus.ANNOTATED)).containsExactly(article.id());
    }

    @Test
    void savingAnAnnotationAgainReplacesIt() {
        Article article = SampleArticles.numbered(1);
        store.put(article);
        store.saveAnnotation(article.id(), SampleArticles.annotation("old"));

        store.saveAnnotation(article.id(), SampleArticles.annotation("new"));

        assertThat(store.annotation(article.id()).orElseThrow().annotator()).isEqualTo("new");
        assertThat(store.annotationWrites(article.id())).isEqualTo(2);
    }

    @Test
    void twoOwnersNeverClaimTheSameArticleAndAnExpiredLeaseReturns() throws Exception {
        IntStream.range(0, 3).forEach(n -> store.put(SampleArticles.numbered(n)));
        AnnotationClaims brief = store.annotationClaims("brief", Duration.ofMillis(50)).orElseThrow();
        AnnotationClaims steady = store.annotationClaims("steady", Duration.ofHours(1)).orElseThrow();
        AnnotationClaims late = store.annotationClaims("late", Duration.ofHours(1)).orElseThrow();

        assertThat(brief.claimNext()).contains(SampleArticles.id(0));
        assertThat(steady.claimNext()).contains(SampleArticles.id(1));
        assertThat(steady.claimNext()).contains(SampleArticles.id(2));
        assertThat(late.claimNext()).as("every article is held").isEmpty();
        Thread.sleep(120);
        assertThat(late.claimNext()).as("the brief lease ended").contains(SampleArticles.id(0));
        steady.renew();
        assertThat(brief.claimNext()).isEmpty();
    }

    @Test
    void aWriterWhoseClaimWasTakenOverSavesNothing() throws Exception {
        IntStream.range(0, 2).forEach(n -> store.put(SampleArticles.numbered(n)));
        AnnotationClaims stalled = store.annotationClaims("stalled", Duration.ofMillis(50)).orElseThrow();
        AnnotationClaims other = store.annotationClaims("other", Duration.ofHours(1)).orElseThrow();
        assertThat(stalled.claimNext()).contains(SampleArticles.id(0));
        assertThat(stalled.claimNext()).contains(SampleArticles.id(1));
        Thread.sleep(120); // both leases run out, unrenewed
        assertThat(other.claimNext()).contains(SampleArticles.id(0));
        assertThat(other.saveAnnotation(SampleArticles.id(0), SampleArticles.annotation("other"))).isTrue();

        assertThat(stalled.saveAnnotation(SampleArticles.id(0), SampleArticles.annotation("stalled")))
                .as("annotated by the writer that took it over").isFalse();
        assertThat(other.claimNext()).contains(SampleArticles.id(1));
        assertThat(stalled.saveAnnotation(SampleArticles.id(1), SampleArticles.annotation("stalled")))
                .as("claimed by the other writer").isFalse();
        assertThat(store.annotation(SampleArticles.id(0)).orElseThrow().annotator()).isEqualTo("other");
        assertThat(store.annotationWrites(SampleArticles.id(0))).isEqualTo(1);
        assertThat(store.annotationWrites(SampleArticles.id(1))).isZero();
        assertThat(store.idsWithStatus(ArticleStatus.STORED)).containsExactly(SampleArticles.id(1));
    }

    @Test
    void aLapsedLeaseNobodyTookStillSaves() throws Exception {
        store.put(SampleArticles.numbered(0));
        AnnotationClaims slow = store.annotationClaims("slow", Duration.ofMillis(50)).orElseThrow();
        assertThat(slow.claimNext()).contains(SampleArticles.id(0));
        Thread.sleep(120);

        assertThat(slow.saveAnnotation(SampleArticles.id(0), SampleArticles.annotation("slow"))).isTrue();
        assertThat(store.idsWithStatus(ArticleStatus.ANNOTATED)).containsExactly(SampleArticles.id(0));
    }

    @Test
    void annotatingEndsAClaimAndReleasingGivesBackTheRest() {
        IntStream.range(0, 2).forEach(n -> store.put(SampleArticles.numbered(n)));
        AnnotationClaims first = store.annotationClaims("first", Duration.ofHours(1)).orElseThrow();
        AnnotationClaims second = store.annotationClaims("second", Duration.ofHours(1)).orElseThrow();
        assertThat(first.claimNext()).contains(SampleArticles.id(0));
        assertThat(first.claimNext()).contains(SampleArticles.id(1));

        store.saveAnnotation(SampleArticles.id(0), SampleArticles.annotation("test"));
        first.releaseAll();

        assertThat(second.claimNext()).contains(SampleArticles.id(1));
        assertThat(second.claimNext()).isEmpty();
        assertThat(store.annotationWrites(SampleArticles.id(0))).isEqualTo(1);
        assertThat(store.annotationWrites(SampleArticles.id(1))).isZero();
    }

    @Test
    void annotatingAnUnknownArticleFailsAndStoresNothing() {
        ArticleId unknown = SampleArticles.id(77);

        assertThatThrownBy(() -> store.saveAnnotation(unknown, SampleArticles.annotation("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(unknown.value());
        assertThat(store.annotation(unknown)).isEmpty();
    }

    @Test
    void concurrentWritersAndReadersInOneProcessLoseNothing() throws Exception {
        int threads = 4, perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<PutResult> results = new ConcurrentLinkedQueue<>();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = (t / 2) * perThread; // two threads per range: every article is put twice
                work.add(pool.submit(() -> {
                    start.await();
                    for (int n = first; n < first + perThread; n++) {
                        results.add(store.put(SampleArticles.numbered(n)).result());
                    }
                    return null;
                }));
            }
            for (int r = 0; r < 2; r++) {
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 50; i++) {
                        long seen = store.count();
                        assertThat(store.articles((int) Math.max(0, seen - 5), 5))
                                .allSatisfy(a -> assertThat(a.clean().text()).startsWith("Paragraph 0"));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : work) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        int distinct = (threads / 2) * perThread;
        assertThat(results).filteredOn(r -> r == PutResult.NEW).hasSize(distinct);
        assertThat(results).filteredOn(r -> r == PutResult.DUPLICATE).hasSize(distinct);
        assertThat(store.count()).isEqualTo(distinct);
    }

    @Test
    void keepsArticlesAndAnnotationsAcrossReopening() {
        IntStream.range(0, 3).forEach(n -> store.put(SampleArticles.numbered(n)));
        store.saveAnnotation(SampleArticles.id(2), SampleArticles.annotation("a"));
        store.close();

        store = openStore();

        assertThat(store.count()).isEqualTo(3);
        assertThat(store.article(SampleArticles.id(1))).contains(SampleArticles.numbered(1));
        assertThat(store.annotation(SampleArticles.id(2))).contains(SampleArticles.annotation("a"));
    }

    @Test
    void refusesAStoreWhoseSchemaIsNewerThanThisCode() throws Exception {
        store.put(SampleArticles.numbered(1));
        store.close();
        int newer = JdbcArticleStore.schemaVersion() + 2;
        forgeSchemaVersion(newer);

        assertThatThrownBy(this::openStore).isInstanceOf(StoreException.class)
                .hasMessageContaining("store schema " + newer + " is newer than this Parley ("
                        + JdbcArticleStore.schemaVersion() + "): upgrade Parley");
        store = openStoreIgnoringSchema();
    }

    /** A stand-in for {@link #store} after a test made the store unopenable, so {@link #closeStore()} works. */
    private JdbcArticleStore openStoreIgnoringSchema() throws Exception {
        resetLocation();
        return openStore();
    }

    @Test
    void feedStateSurvivesReopeningTheStore() {
        FeedState state = store.feedState();
        state.markSeen("http://feeds.example/rss", "item-1");
        state.saveValidators("http://feeds.example/rss", new FeedState.Validators("\"v1\"", null));
        state.saveValidators("http://feeds.example/rss", new FeedState.Validators("\"v2\"", "Mon, 01 Jun 2026 10:00:00 GMT"));
        store.close();

        store = openStore();
        FeedState reopened = store.feedState();

        assertThat(reopened.isSeen("http://feeds.example/rss", "item-1")).isTrue();
        assertThat(reopened.isSeen("http://feeds.example/rss", "item-2")).isFalse();
        assertThat(reopened.isSeen("http://other.example/rss", "item-1")).isFalse();
        assertThat(reopened.validators("http://feeds.example/rss"))
                .contains(new FeedState.Validators("\"v2\"", "Mon, 01 Jun 2026 10:00:00 GMT"));
        assertThat(reopened.validators("http://feeds.example/page")).isEmpty();
    }

    @Test
    void aClosedStoreRefusesUse() {
        store.close();

        assertThatThrownBy(() -> store.count()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        store.close(); // closing twice is harmless
    }
}
