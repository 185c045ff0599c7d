package org.parley.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parley.engine.ContractJson;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.Commitment;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.model.Story;

/**
 * The Parquet tables the job writes and {@code parley import-parquet} reads: their schemas and how
 * a model value becomes a row.
 *
 * <p>Design decision: the fields analysts filter and join on (ids, type, mode, date, precision,
 * story, article, doc) are typed columns; nested fields (actors, location, mentions, conflicts,
 * parties, amount) stay in a {@code json} column holding the event or commitment exactly as the
 * JSONL contract prints it ({@link ContractJson}). One definition of the contract, not a second
 * one in Parquet structs that could drift from the schemas in {@code shared/schema}; Spark SQL
 * ({@code from_json}) and DuckDB ({@code json_extract}) read it where needed. The {@code articles}
 * table also keeps the article, its annotation and its findings in the store's JSON form so an
 * import into a store is exact.
 */
public final class ParquetTables {
    public static final String ARTICLES = "articles";
    public static final String MENTIONS = "mentions";
    public static final String EVENTS = "events";
    public static final String STORIES = "stories";
    public static final String COMMITMENTS = "commitments";
    public static final String ERRORS = "errors";

    private ParquetTables() {
    }

    static final StructType ARTICLE_SCHEMA = schema(
            str("id"), str("doc"), str("path"), str("record"), str("url"), str("title"), str("site"), str("language"),
            str("published"), str("status"), str("error"), str("article_json"),
            DataTypes.createStructField("annotation_json_gz", DataTypes.BinaryType, true),
            DataTypes.createStructField("findings_json_gz", DataTypes.BinaryType, true),
            str("annotator"), str("extractor"));

    static Row article(ArticleResult r) {
        Article a = r.article();
        String status = r.annotation() != null ? ArticleStatus.ANNOTATED.name() : a.status().name();
        return RowFactory.create(a.id().value(), a.doc(), a.raw().origin().path(), a.raw().origin().record(),
                a.raw().url(), a.raw().title(), a.raw().site(), a.language(),
                a.published().localDate().map(Object::toString).orElse(null), status.toLowerCase(java.util.Locale.ROOT),
                a.error(), r.articleJson(), r.annotation(), r.findings(), r.annotator(), r.extractor());
    }

    static final StructType EVENT_SCHEMA = schema(str("id"), str("story"), str("type"), str("mode"), str("cameo"),
            str("date"), str("precision"), str("location"), str("location_country"),
            DataTypes.createStructField("background", DataTypes.BooleanType, false),
            DataTypes.createStructField("mentions", DataTypes.IntegerType, false),
            DataTypes.createStructField("conflicts", DataTypes.IntegerType, false), str("json"));

    static Row event(Event e) {
        return RowFactory.create(e.id(), e.story(), e.type(), e.mode(), e.cameo(), e.date().iso(),
                e.date().precision().name().toLowerCase(java.util.Locale.ROOT),
                e.location() == null ? null : e.location().name(), e.location() == null ? null : e.location().country(),
                e.background(), e.mentions().size(), e.conflicts().size(), ModelJson.write(ContractJson.event(e)));
    }

    static final StructType MENTION_SCHEMA = schema(str("event"), str("article"), str("doc"),
            DataTypes.createStructField("sentence_index", DataTypes.IntegerType, false), str("sentence"),
            DataTypes.createStructField("start", DataTypes.IntegerType, false),
            DataTypes.createStructField("end", DataTypes.IntegerType, false),
            str("trigger"), str("type"), str("mode"), str("date"),
            DataTypes.createStructField("background", DataTypes.BooleanType, false));

    static List<Row> mentions(Event e) {
        List<Row> rows = new ArrayList<>();
        for (EventMention m : e.mentions()) {
            rows.add(RowFactory.create(e.id(), m.evidence().article().value(), m.evidence().doc(), m.evidence().sentence(),
                    m.evidence().text(), m.evidence().span().begin(), m.evidence().span().end(), m.trigger(), m.type(),
                    m.mode(), m.date().iso(), m.background()));
        }
        return rows;
    }

    static final StructType STORY_SCHEMA = schema(str("id"), str("title"), str("date"),
            DataTypes.createStructField("articles", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("docs", DataTypes.createArrayType(DataTypes.StringType, false), false));

    static Row story(Story s) {
        return RowFactory.create(s.id(), s.title(), s.date(),
                s.articles().stream().map(a -> a.value()).toArray(String[]::new), s.docs().toArray(String[]::new));
    }

    static final StructType COMMITMENT_SCHEMA = schema(str("id"), str("kind"), str("title"), str("date"),
            str("article"), str("doc"), str("json"));

    static Row commitment(Commitment c) {
        Map<String, Object> json = ContractJson.commitment(c);
        return RowFactory.create(json.get("id"), c.kind(), c.title(), c.date().iso(), c.evidence().article().value(),
                c.evidence().doc(), ModelJson.write(json));
    }

    static final StructType ERROR_SCHEMA = schema(str("path"), str("record"), str("stage"), str("problem"));

    static Row error(Problem p) {
        return RowFactory.create(p.path(), p.record(), p.stage(), p.problem());
    }

    private static StructField str(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }

    private static StructType schema(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
