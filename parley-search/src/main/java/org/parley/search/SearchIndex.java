package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * An immutable full-text index over articles and event evidence, with facets.
 *
 * <p>Build it once from a set of entries ({@link #build}); search it from any number of threads.
 * Rebuild it (and close the old one when no reader uses it any more) to see new entries. Text is
 * analysed with Lucene's English analyzer (lower case, stop words, Porter stemming: {@code talks}
 * finds {@code talk}). Queries use Lucene's classic syntax over the title, the body (article text
 * or event evidence) and actor names; several words must all match.
 *
 * <p>Design decision: facets are {@link SortedSetDocValuesFacetField}s in the main index, not a
 * taxonomy index. Our dimensions are flat (country, type, year, outlet, kind) and the index is
 * rebuilt as a whole, so the taxonomy's strengths (hierarchies, a stable ordinal space across
 * incremental updates) buy nothing, while it would add a second directory to keep in step.
 *
 * <p>Design decision: the index lives in memory ({@link ByteBuffersDirectory}). A full rebuild of
 * 100k events takes seconds and happens only after an ingest; a folder index would have to be
 * kept consistent with the store across processes, which the store's own files already are.
 */
public final class SearchIndex implements AutoCloseable {

    /** The facet dimensions, in the order results list them. */
    public static final List<String> DIMENSIONS = List.of("kind", "country", "type", "year", "outlet");

    private static final String[] TEXT_FIELDS = {"title", "body", "actors"};
    private static final Map<String, Float> BOOSTS = Map.of("title", 2f, "body", 1f, "actors", 1.5f);
    private static final int FACET_VALUES = 30;
    private static final int SNIPPETS = 2;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState; // null when the index is empty
    private final Analyzer analyzer;
    private final FacetsConfig config;

    private SearchIndex(Directory directory, DirectoryReader reader, Analyzer analyzer, FacetsConfig config) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzer = analyzer;
        this.config = config;
        this.facetState = reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
    }

    /** Indexes the entries in memory. */
    public static SearchIndex build(Collection<? extends SearchEntry> entries) {
        Analyzer analyzer = new EnglishAnalyzer();
        FacetsConfig config = facetsConfig();
        Directory dir = new ByteBuffersDirectory();
        try {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64))) {
                for (SearchEntry entry : entries) {
                    writer.addDocument(config.build(document(entry)));
                }
                writer.commit();
            }
            return new SearchIndex(dir, DirectoryReader.open(dir), analyzer, config);
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the search index", e);
        }
    }

    /** How many documents (articles and events) the index holds. */
    public int size() {
        return reader.numDocs();
    }

    /** One page of hits for the query, with facet counts over every hit. */
    public SearchResults search(SearchQuery query) {
        if (facetState == null) {
            return new SearchResults(0, List.of(), Map.of(), false);
        }
        Parsed parsed = parse(query.text());
        Query base = parsed.query();
        if (query.kind() != null) {
            base = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term("kind", kindName(query.kind()))), BooleanClause.Occur.FILTER).build();
        }
        DrillDownQuery drill = new DrillDownQuery(config, base);
        query.filters().forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
        try {
            int wanted = Math.max(1, query.offset() + query.limit());
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, drill, wanted,
                    new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            ScoreDoc[] page = top.scoreDocs.length <= query.offset() ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, query.offset(), Math.min(top.scoreDocs.length, wanted));
            page = query.limit() == 0 ? new ScoreDoc[0] : page;
            List<SearchHit> hits = hits(page, parsed.query(), top);
            Facets facets = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
            Map<String, List<SearchResults.FacetCount>> counts = new LinkedHashMap<>();
            for (String dim : DIMENSIONS) {
                counts.put(dim, counts(facets, dim));
            }
            return new SearchResults(top.totalHits.value, hits, counts, parsed.literal());
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** The ids of every event whose evidence, title or actors match the query (in no particular order). */
    public Set<String> eventIds(String text) {
        Set<String> ids = new LinkedHashSet<>();
        if (facetState == null) {
            return ids;
        }
        Query q = new BooleanQuery.Builder().add(parse(text).query(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("kind", "event")), BooleanClause.Occur.FILTER).build();
        try {
            return searcher.search(q, new IdCollectorManager());
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** Collects the ids of every hit from doc values (no stored-field reads, no ranking). */
    private static final class IdCollectorManager implements CollectorManager<IdCollectorManager.Ids, Set<String>> {
        static final class Ids extends SimpleCollector {
            final Set<String> ids = new LinkedHashSet<>();
            private SortedDocValues values;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                values = DocValues.getSorted(context.reader(), "id");
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) {
                    ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }

        @Override
        public Ids newCollector() {
            return new Ids();
        }

        @Override
        public Set<String> reduce(Collection<Ids> collectors) {
            Set<String> all = new LinkedHashSet<>();
            collectors.forEach(c -> all.addAll(c.ids));
            return all;
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Parsed(Query query, boolean literal) {
    }

    /** Classic syntax; text that does not parse (or expands to too many terms) is searched for as plain words. */
    private Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(new MatchAllDocsQuery(), false);
        }
        try {
            return new Parsed(parser().parse(text), false);
        } catch (ParseException | RuntimeException e) {
            try {
                return new Parsed(parser().parse(QueryParser.escape(text)), true);
            } catch (ParseException | RuntimeException again) {
                return new Parsed(new MatchAllDocsQuery(), true);
            }
        }
    }

    /** Query parsers are not thread-safe: one per query. */
    private MultiFieldQueryParser parser() {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(TEXT_FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    private List<SearchHit> hits(ScoreDoc[] page, Query query, TopDocs top) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        TopDocs pageDocs = new TopDocs(top.totalHits, page);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(100_000).build();
        String[] snippets = highlighter.highlight("body", query, pageDocs, SNIPPETS);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc);
            SearchHit.Kind kind = "event".equals(doc.get("kind")) ? SearchHit.Kind.EVENT : SearchHit.Kind.ARTICLE;
            float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
            hits.add(new SearchHit(kind, doc.get("id"), doc.get("title"), doc.get("date"), score,
                    snippets[i] == null ? List.of() : List.of(snippets[i])));
        }
        return hits;
    }

    private static List<SearchResults.FacetCount> counts(Facets facets, String dim) throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(FACET_VALUES, dim);
        } catch (IllegalArgumentException e) {
            return List.of(); // no document has a value in this dimension
        }
        if (result == null) {
            return List.of();
        }
        List<SearchResults.FacetCount> out = new ArrayList<>();
        for (LabelAndValue lv : result.labelValues) {
            out.add(new SearchResults.FacetCount(lv.label, lv.value.intValue()));
        }
        return out;
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : List.of("country", "type", "outlet")) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    private static String kindName(SearchHit.Kind kind) {
        return kind == SearchHit.Kind.EVENT ? "event" : "article";
    }

    private static Document document(SearchEntry entry) {
        Document doc = new Document();
        doc.add(new StringField("id", entry.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField("id", new BytesRef(entry.id())));
        String kind = entry instanceof SearchEntry.EventEntry ? "event" : "article";
        doc.add(new StringField("kind", kind, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField("kind", kind));
        if (entry instanceof SearchEntry.ArticleEntry a) {
            doc.add(new TextField("title", a.title(), Field.Store.YES));
            doc.add(new TextField("body", a.text(), Field.Store.YES));
            if (a.language() != null) {
                doc.add(new StringField("language", a.language(), Field.Store.YES));
            }
        } else if (entry instanceof SearchEntry.EventEntry e) {
            doc.add(new TextField("title", e.title(), Field.Store.YES));
            doc.add(new TextField("body", String.join("\n", e.sentences()), Field.Store.YES));
            doc.add(new TextField("actors", String.join("\n", e.actors()), Field.Store.NO));
        }
        if (entry.date() != null) {
            doc.add(new StoredField("date", entry.date()));
            if (entry.date().length() >= 4) {
                doc.add(new SortedSetDocValuesFacetField("year", entry.date().substring(0, 4)));
            }
        }
        addFacets(doc, "country", entry.countries());
        addFacets(doc, "type", entry.types());
        addFacets(doc, "outlet", entry.outlets());
        return doc;
    }

    private static void addFacets(Document doc, String dim, List<String> values) {
        values.stream().filter(v -> v != null && !v.isBlank()).distinct()
                .forEach(v -> doc.add(new SortedSetDocValuesFacetField(dim, v)));
    }
}
