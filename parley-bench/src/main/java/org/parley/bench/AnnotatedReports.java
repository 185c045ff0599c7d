package org.parley.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parley.core.ingest.ArticleIds;
import org.parley.core.ingest.Ingester;
import org.parley.engine.Pipeline;
import org.parley.eval.AnnotatedCorpus;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;

/**
 * The benchmark reports cleaned, dated and annotated as the engine does it, once per fork (loading
 * CoreNLP takes seconds; it is outside every measurement).
 */
@State(Scope.Benchmark)
public class AnnotatedReports {

    List<AnnotatedCorpus.Item> items;

    @Setup(Level.Trial)
    public void annotate() {
        Ingester.Stages engine = Pipeline.stages(false);
        CoreNlpAnnotator nlp = new CoreNlpAnnotator(NlpConfig.defaults());
        List<AnnotatedCorpus.Item> out = new ArrayList<>();
        for (RawArticle raw : BenchTexts.rawReports()) {
            CleanText clean = engine.cleaner().apply(raw.text());
            PublicationDate published = engine.dater().apply(raw);
            AnnotatedText text = nlp.annotate(clean.text(), published);
            Article article = new Article(ArticleIds.of(clean.text()), null, raw, clean, "en", published,
                    ArticleStatus.ANNOTATED, null, Instant.EPOCH);
            out.add(new AnnotatedCorpus.Item(article, text));
        }
        items = List.copyOf(out);
    }
}
