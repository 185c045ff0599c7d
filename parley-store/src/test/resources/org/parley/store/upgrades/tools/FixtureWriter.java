package org.parley.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an upgrade fixture store with the store code of an older Parley: articles 1 and 2 of that
 * version's SampleArticles, article 1 annotated (and, from schema V2, with empty findings of an
 * older extractor; from V3, a stable story id), article 2 left pending.
 * Arguments: <folder> <schema version>.
 */
public final class FixtureWriter {
    public static void main(String[] args) {
        int version = Integer.parseInt(args[1]);
        try (SqliteArticleStore store = SqliteArticleStore.open(Path.of(args[0]))) {
            store.put(SampleArticles.numbered(1));
            store.put(SampleArticles.numbered(2));
            store.saveAnnotation(SampleArticles.id(1), SampleArticles.annotation("fixture-annotator-v" + version));
            //FINDINGS store.saveFindings(new org.parley.core.extract.ArticleFindings(SampleArticles.id(1), List.of(), List.of()), "fixture-extractor-v" + version);
            //STABLE store.saveStableIds(org.parley.core.ports.ArticleStore.IdKind.STORY, Map.of("story-fixture0" + version, Set.of(SampleArticles.id(1).value())));
        }
    }
}
