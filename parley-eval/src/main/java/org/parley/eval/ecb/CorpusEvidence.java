package org.parley.eval.ecb;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.cluster.StoryEvidence;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.extract.ParleyFindingsExtractor;
import org.parley.eval.AnnotatedCorpus;

/** Story evidence for annotated articles, with their findings from the bundled events extractor. */
public final class CorpusEvidence {
    private CorpusEvidence() {
    }

    /** One evidence per item, in the items' order; an article the extractor fails on is reported and kept without events. */
    public static List<StoryEvidence> of(List<AnnotatedCorpus.Item> items) {
        ParleyFindingsExtractor extractor = ParleyFindingsExtractor.bundled();
        List<StoryEvidence> out = new ArrayList<>(items.size());
        for (AnnotatedCorpus.Item item : items) {
            ArticleFindings findings;
            try {
                findings = extractor.extract(item.article(), item.text());
            } catch (RuntimeException e) {
                System.err.println(item.doc() + ": events extraction failed (" + e + "); clustering it on entities and words");
                findings = new ArticleFindings(item.article().id(), List.of(), List.of());
            }
            out.add(StoryEvidence.of(item.article(), item.text(), findings));
        }
        return out;
    }
}
