package org.parley.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.IngestSummary;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.Annotator;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.Origin;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.Sentence;
import org.parley.model.SourceFormat;
import org.parley.model.Span;
import org.parley.store.ArticleStores;

class SyndicatedCrawlTest {

    /** Articles written for this test; each paragraph long enough to sign an article. */
    private static RawArticle article(int i) {
        String text = "The foreign minister of the republic met visiting envoy number " + i + " in the capital on Monday.\n\n"
                + "Both delegations discussed trade, energy and security, and officials said the talks were useful.\n\n"
                + "The envoy also called on the speaker of parliament and laid a wreath at the war memorial.\n\n"
                + "Reporters were told that a memorandum on student exchanges had been prepared for signing.\n\n"
                + "A further round of talks with envoy " + i + " is expected in the coming months, according to the ministry.";
        return new RawArticle(Origin.file("/in/a" + i + ".json", "a" + i + ".json"), SourceFormat.JSON, text,
                "Minister meets envoy " + i, "https://example.org/" + i, null, "en", "2024-05-2" + i + " 10:00:00", null, null);
    }

    /** One sentence per line, one token per word: an annotator that annotates lines apart. */
    private static final class PerLine implements Annotator {
        final AtomicInteger chars = new AtomicInteger();

        @Override
        public String name() {
            return "per-line-test";
        }

        @Override
        public boolean annotatesLinesApart() {
            return true;
        }

        @Override
        public AnnotatedText annotate(String text, PublicationDate published) {
            chars.addAndGet(text.length());
            List<Sentence> sentences = new ArrayList<>();
            int begin = 0;
            for (String line : text.split("\n", -1)) {
                if (!line.isBlank()) {
                    sentences.add(new Sentence(sentences.size(), new Span(begin, begin + line.length()), List.of(), List.of()));
                }
                begin += line.length() + 1;
            }
            return new AnnotatedText(name(), sentences, List.of(), List.of());
        }
    }

    private record Ingested(IngestSummary summary, int reusing, List<Optional<AnnotatedText>> annotations, int chars) {
    }

    private static Ingested ingest(Path warc, Path store, boolean reuse) throws Exception {
        PerLine annotator = new PerLine();
        Ingester.Stages engine = Pipeline.stages(false);
        Ingester.Stages stages = new Ingester.Stages(engine.cleaner(), engine.dater(), engine.languages(),
                Optional.of(annotator), engine.analysed());
        AtomicInteger reusing = new AtomicInteger();
        try (ArticleStore s = ArticleStores.open(store.toString())) {
            IngestSummary summary = new Ingester(s, stages, 2, new IngestListener() {
                @Override
                public void annotationReused(String doc, String original, int reused, int sentences) {
                    reusing.incrementAndGet();
                }
            }).withAnnotationReuse(reuse).ingest(new FileArticleSource(List.of(warc.toString()), ReaderOptions.defaults()));
            List<Optional<AnnotatedText>> annotations = new ArrayList<>();
            s.forEachArticle((Article a) -> annotations.add(s.annotation(a.id())));
            return new Ingested(summary, reusing.get(), annotations, annotator.chars.get());
        }
    }

    @Test
    void syndicatedCopiesAreNewArticlesThatReuseTheirOriginalsAnnotationAndVerbatimCopiesAreDuplicates(
            @TempDir Path dir) throws Exception {
        List<RawArticle> corpus = List.of(article(1), article(2), article(3), article(4), article(5), article(6));
        Path warc = dir.resolve("crawl.warc.gz");

        SyndicatedCrawl.Written written = new SyndicatedCrawl(2, 3).write(corpus, warc);
        Ingested reusing = ingest(warc, dir.resolve("reuse"), true);
        Ingested whole = ingest(warc, dir.resolve("whole"), false);

        assertThat(written).isEqualTo(new SyndicatedCrawl.Written(6, 3, 2));
        assertThat(reusing.summary().newArticles()).isEqualTo(9);
        assertThat(reusing.summary().duplicates()).as("verbatim copies have the same clean text").isEqualTo(2);
        assertThat(reusing.reusing()).isEqualTo(3);
        assertThat(whole.reusing()).isZero();
        assertThat(reusing.annotations()).doesNotContain(Optional.empty()).isEqualTo(whole.annotations());
        assertThat(reusing.chars()).isLessThan(whole.chars());
    }

    @Test
    void theSyndicatedVersionChangesBylineTrailerAndOneWord() {
        List<String> paragraphs = List.of("First paragraph.", "Officials said it went well.", "Last paragraph.");

        List<String> copy = SyndicatedCrawl.syndicated(paragraphs, 4);

        assertThat(copy).hasSize(5);
        assertThat(copy.get(0)).contains("Partner 4");
        assertThat(copy.get(2)).isEqualTo("Officials stated it went well.");
        assertThat(copy.subList(1, 4)).containsExactly("First paragraph.", "Officials stated it went well.", "Last paragraph.");
        assertThat(copy.get(4)).contains("republished");
    }
}
