package org.parley.spark;

import org.parley.core.extract.FindingsExtractor;
import org.parley.core.ingest.Ingester;
import org.parley.engine.Pipeline;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;

/**
 * The engine's stages, built once per JVM (driver or executor) on first use: one NLP pipeline per
 * executor, shared by the executor's task threads (the annotator is thread-safe, as the local
 * engine's worker threads already rely on), never one per record or per partition.
 *
 * <p>Design decision: a static holder rather than a broadcast variable. The stages are not
 * serializable and CoreNLP's models are loaded from the classpath in seconds; broadcasting gigabytes
 * of models would cost more than loading them where they are used.
 */
final class ExecutorStages {

    private static Ingester.Stages stages;

    private ExecutorStages() {
    }

    /** The ingest stages with annotation; CoreNLP loads on the first annotated article. */
    static synchronized Ingester.Stages stages() {
        if (stages == null) {
            stages = Pipeline.stages(true);
        }
        return stages;
    }

    static FindingsExtractor findings() {
        return stages().findings().orElseThrow();
    }

    /** Readers are cheap and not thread-safe: one per task. */
    static FileArticleSource newReader() {
        return new FileArticleSource(java.util.List.of(), ReaderOptions.defaults());
    }
}
