package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.parley.core.cluster.StoryEvidence;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.extract.FindingsExtractor;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.Annotator;
import org.parley.ingest.FileArticleSource;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.Commitment;
import org.parley.model.Event;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;
import org.parley.model.Story;
import scala.Tuple2;

/**
 * The Spark job: the local engine's pipeline over any Hadoop-compatible paths, for millions of
 * articles. {@code spark-submit --class org.parley.spark.ParleyJob parley-spark.jar --output OUT IN...}
 *
 * <p>Steps: read every file with the engine's readers (WARC, WARC.gz, news-please JSON/JSONL, HTML,
 * text); clean, identify, detect the language and date each article ({@link Ingester#prepare});
 * drop duplicate articles (same clean text: the same id); annotate and extract events on the
 * executors with one NLP pipeline per JVM ({@link ExecutorStages}); then stories
 * ({@link DistributedStories}) and consolidated events ({@link DistributedEvents}). Writes the
 * Parquet tables of {@link ParquetTables} under the output folder, replacing earlier ones.
 *
 * <p>Corrupt records are counted (accumulator {@code parley.corrupt}) and listed in the
 * {@code errors} table with their file, record and problem; they never fail the job. Every step is
 * deterministic (ids are content hashes, duplicates resolve to the smallest path, groups are sorted
 * before the core stages see them), so a retried task gives the same output.
 */
public final class ParleyJob {

    /**
     * What a run produced.
     *
     * @param articles    distinct articles read
     * @param annotated   articles annotated and analysed
     * @param corrupt     input records or files that could not be read
     * @param failed      articles whose annotation or extraction failed
     * @param stories     stories
     * @param events      consolidated events
     * @param commitments commitments
     */
    public record Result(long articles, long annotated, long corrupt, long failed, long stories, long events,
                         long commitments) {
    }

    /** One read record before deduplication: an article, or why there is none. */
    private record Prepared(String id, String articleJson, String sortKey, Problem problem) implements java.io.Serializable {
    }

    private ParleyJob() {
    }

    /** {@code ParleyJob --output DIR [--partitions N] INPUT...} */
    public static void main(String[] args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--output" -> output = args[++i];
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                default -> inputs.add(args[i]);
            }
        }
        if (output == null || inputs.isEmpty()) {
            System.err.println("usage: ParleyJob --output DIR [--partitions N] INPUT...");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("parley").getOrCreate();
        try {
            Result result = run(spark, inputs, output, partitions, Instant.now());
            System.out.println("parley: " + result);
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the pipeline on the inputs and writes the tables under {@code output}.
     *
     * @param inputs     files or folders (read recursively), as Hadoop paths or URIs
     * @param partitions partitions for annotation; 0 for twice the default parallelism
     * @param ingestedAt the bookkeeping time recorded on every article (fixed per run, so retries agree)
     */
    public static Result run(SparkSession spark, List<String> inputs, String output, int partitions, Instant ingestedAt) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        LongAccumulator corrupt = sc.sc().longAccumulator("parley.corrupt");
        int slices = partitions > 0 ? partitions : 2 * sc.defaultParallelism();
        long ingestedMillis = ingestedAt.toEpochMilli();

        JavaRDD<Prepared> read = sc.binaryFiles(String.join(",", inputs), sc.defaultParallelism())
                .flatMap(file -> readFile(file._1, file._2, Instant.ofEpochMilli(ingestedMillis), corrupt).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<ArticleResult> results = read.filter(p -> p.problem() == null)
                .mapToPair(p -> new Tuple2<>(p.id(), p))
                .reduceByKey((a, b) -> a.sortKey().compareTo(b.sortKey()) <= 0 ? a : b, slices)
                .values()
                .mapPartitions(batch -> {
                    List<ArticleResult> out = new ArrayList<>();
                    batch.forEachRemaining(p -> out.add(analyse(p)));
                    return out.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        JavaRDD<ArticleResult> analysed = results.filter(ArticleResult::hasFindings);
        JavaPairRDD<String, String> evidence = analysed.mapToPair(r -> new Tuple2<>(r.id(),
                ModelJson.write(StoryEvidence.of(r.article(), r.annotatedText(), r.articleFindings()))));
        JavaRDD<String> stories = DistributedStories.of(evidence).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> storyOf = stories.flatMapToPair(json -> {
            Story s = ModelJson.read(json, Story.class);
            return s.articles().stream().map(a -> new Tuple2<>(a.value(), s.id())).iterator();
        });
        JavaRDD<String> events = DistributedEvents.of(analysed, storyOf).persist(StorageLevel.MEMORY_AND_DISK_SER());

        write(spark, results.map(ParquetTables::article), ParquetTables.ARTICLE_SCHEMA, output, ParquetTables.ARTICLES);
        write(spark, stories.map(json -> ParquetTables.story(ModelJson.read(json, Story.class))),
                ParquetTables.STORY_SCHEMA, output, ParquetTables.STORIES);
        write(spark, events.map(json -> ParquetTables.event(ModelJson.read(json, Event.class))),
                ParquetTables.EVENT_SCHEMA, output, ParquetTables.EVENTS);
        write(spark, events.flatMap(json -> ParquetTables.mentions(ModelJson.read(json, Event.class)).iterator()),
                ParquetTables.MENTION_SCHEMA, output, ParquetTables.MENTIONS);
        JavaRDD<Row> commitments = analysed.flatMap(r -> {
            List<Row> rows = new ArrayList<>();
            for (Commitment c : r.articleFindings().commitments()) {
                rows.add(ParquetTables.commitment(c));
            }
            return rows.iterator();
        });
        write(spark, commitments, ParquetTables.COMMITMENT_SCHEMA, output, ParquetTables.COMMITMENTS);
        JavaRDD<Problem> problems = read.filter(p -> p.problem() != null).map(Prepared::problem)
                .union(results.filter(r -> r.problem() != null).map(ArticleResult::problem));
        write(spark, problems.map(ParquetTables::error), ParquetTables.ERROR_SCHEMA, output, ParquetTables.ERRORS);

        Result result = new Result(results.count(), analysed.count(), corrupt.value(),
                results.filter(r -> r.problem() != null).count(), stories.count(), events.count(),
                spark.read().parquet(output + "/" + ParquetTables.COMMITMENTS).count());
        events.unpersist();
        stories.unpersist();
        results.unpersist();
        read.unpersist();
        return result;
    }

    private static void write(SparkSession spark, JavaRDD<Row> rows, StructType schema, String output, String table) {
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(output + "/" + table);
    }

    /**
     * Reads one input file with the engine's readers. The stream is copied to a local temporary file
     * first: the WARC reader needs a seekable file, and copying streams a multi-gigabyte WARC without
     * holding it in memory.
     */
    private static List<Prepared> readFile(String path, PortableDataStream stream, Instant ingestedAt, LongAccumulator corrupt) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        List<Prepared> out = new ArrayList<>();
        Path local = null;
        try {
            local = Files.createTempFile("parley-", ".input");
            try (InputStream in = stream.open()) {
                Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            }
            FileArticleSource reader = ExecutorStages.newReader();
            Ingester.Stages stages = ExecutorStages.stages();
            reader.readFile(local, path, name, outcome -> out.add(prepare(stages, outcome, ingestedAt, corrupt)));
        } catch (IOException | UncheckedIOException e) {
            corrupt.add(1);
            out.add(new Prepared(null, null, path, new Problem(path, null, "read", "cannot read: " + e.getMessage())));
        } finally {
            if (local != null) {
                try {
                    Files.deleteIfExists(local);
                } catch (IOException ignored) {
                    // a leftover temporary file is the operating system's to clean
                }
            }
        }
        return out;
    }

    private static Prepared prepare(Ingester.Stages stages, Outcome<RawArticle> outcome, Instant ingestedAt,
                                    LongAccumulator corrupt) {
        if (outcome instanceof Outcome.Rejected<RawArticle> rejected) {
            corrupt.add(1);
            return new Prepared(null, null, rejected.origin().describe(), Problem.of(rejected.origin(), "read", rejected.reason()));
        }
        RawArticle raw = ((Outcome.Accepted<RawArticle>) outcome).value();
        Outcome<Article> prepared = Ingester.prepare(stages, raw, ingestedAt);
        if (prepared instanceof Outcome.Rejected<Article> rejected) {
            return new Prepared(null, null, raw.origin().describe(), Problem.of(raw.origin(), "clean", rejected.reason()));
        }
        Article article = ((Outcome.Accepted<Article>) prepared).value();
        String sortKey = raw.origin().path() + "\u0000" + Objects.toString(raw.origin().record(), "");
        return new Prepared(article.id().value(), ModelJson.write(article), sortKey, null);
    }

    /** Annotation and the events stage on one article, as the local ingester runs them. */
    private static ArticleResult analyse(Prepared p) {
        Article article = ModelJson.read(p.articleJson(), Article.class);
        if (article.status() != ArticleStatus.STORED) {
            return new ArticleResult(p.id(), p.articleJson(), null, null, null, null, null);
        }
        Annotator annotator = ExecutorStages.stages().annotator().orElseThrow();
        AnnotatedText text;
        try {
            text = annotator.annotate(article.clean().text(), article.published());
        } catch (RuntimeException | OutOfMemoryError e) {
            String reason = "annotation failed: " + describe(e);
            return new ArticleResult(p.id(), ModelJson.write(article.withStatus(ArticleStatus.FAILED, reason)), null, null,
                    null, null, Problem.of(article.raw().origin(), "annotate", reason));
        }
        byte[] annotation = ModelJson.writeGzip(text);
        FindingsExtractor extractor = ExecutorStages.findings();
        try {
            ArticleFindings findings = extractor.extract(article, text);
            return new ArticleResult(p.id(), p.articleJson(), annotation, ModelJson.writeGzip(findings), annotator.name(),
                    extractor.name(), null);
        } catch (RuntimeException e) {
            return new ArticleResult(p.id(), p.articleJson(), annotation, null, annotator.name(), null,
                    Problem.of(article.raw().origin(), "extract", "event extraction failed: " + describe(e)));
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
