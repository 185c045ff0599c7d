package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(List.of(
                new SearchEntry.ArticleEntry("a1", "Ministers hold phone talks", "The two foreign ministers talked by phone "
                        + "on Tuesday about <trade> & maritime security.", "Harbour Times", "2024-03-26", "en",
                        List.of("USA", "VNM"), List.of("CONSULT")),
                new SearchEntry.ArticleEntry("a2", "Aid package announced", "The agency pledged 20 million dollars for "
                        + "vocational training.", "Capital Wire", "2023-09-11", "en", List.of("USA"), List.of("AID")),
                new SearchEntry.EventEntry("e1", "CONSULT/phone: Antony Blinken – Bui Thanh Son", "CONSULT", "2024-03-26",
                        List.of("USA", "VNM"), List.of("Antony Blinken", "Bui Thanh Son"), List.of("Harbour Times", "Capital Wire"),
                        List.of("Blinken held phone talks with Son.", "The two spoke by telephone.")),
                new SearchEntry.EventEntry("e2", "AID: USAID – Vietnam", "AID", "2023-09", List.of("USA", "VNM"),
                        List.of("USAID"), List.of("Capital Wire"), List.of("USAID pledged 20 million dollars."))));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void findsStemmedWordsInArticlesAndEventsWithHighlightedSnippets() {
        SearchResults r = index.search(SearchQuery.of("talk"));
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("a1", "e1");
        SearchHit article = r.hits().stream().filter(h -> h.id().equals("a1")).findFirst().orElseThrow();
        assertThat(article.snippets().get(0)).contains("<mark>talked</mark>").contains("&lt;trade&gt; &amp;");
        assertThat(r.literal()).isFalse();
    }

    @Test
    void countsFacetsOverAllHitsAndFiltersByThem() {
        SearchResults all = index.search(SearchQuery.of(""));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.facets().get("country")).contains(new SearchResults.FacetCount("USA", 4),
                new SearchResults.FacetCount("VNM", 3));
        assertThat(all.facets().get("year")).contains(new SearchResults.FacetCount("2024", 2));
        assertThat(all.facets().get("kind")).contains(new SearchResults.FacetCount("event", 2));

        SearchResults aid = index.search(new SearchQuery("", null, Map.of("type", List.of("AID"), "outlet",
                List.of("Capital Wire")), 0, 10));
        assertThat(aid.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("a2", "e2");
        SearchResults either = index.search(new SearchQuery("", null, Map.of("year", List.of("2023", "2024")), 0, 10));
        assertThat(either.total()).isEqualTo(4);
    }

    @Test
    void restrictsToOneKindAndPages() {
        SearchResults events = index.search(new SearchQuery("", SearchHit.Kind.EVENT, Map.of(), 1, 1));
        assertThat(events.total()).isEqualTo(2);
        assertThat(events.hits()).hasSize(1).allMatch(h -> h.kind() == SearchHit.Kind.EVENT);
        assertThat(index.search(new SearchQuery("", null, Map.of(), 10, 5)).hits()).isEmpty();
    }

    @Test
    void searchesBadSyntaxAsPlainWords() {
        SearchResults r = index.search(SearchQuery.of("phone AND ("));
        assertThat(r.literal()).isTrue();
        assertThat(r.hits()).extracting(SearchHit::id).contains("a1", "e1");
        assertThat(index.search(SearchQuery.of("*hone")).literal()).isTrue();
    }

    @Test
    void supportsFieldsPhrasesAndActorNames() {
        assertThat(index.search(SearchQuery.of("title:aid")).hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("a2", "e2");
        assertThat(index.search(SearchQuery.of("\"phone talks\"")).hits()).extracting(SearchHit::id).contains("e1");
        assertThat(index.eventIds("blinken")).containsExactly("e1");
        assertThat(index.eventIds("nothing-like-this")).isEmpty();
    }

    @Test
    void rejectsUnknownFacetDimensions() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SearchQuery("", null, Map.of("colour", List.of("red")), 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
    }

    @Test
    void anEmptyIndexFindsNothing() {
        try (SearchIndex empty = SearchIndex.build(List.of())) {
            assertThat(empty.search(SearchQuery.of("anything")).total()).isZero();
            assertThat(empty.eventIds("x")).isEmpty();
        }
    }
}
