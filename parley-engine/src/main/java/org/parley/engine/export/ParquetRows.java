package org.parley.engine.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.parley.engine.ContractJson;
import org.parley.model.Article;
import org.parley.model.Commitment;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.model.Story;

/**
 * The five tables of the Parquet export, with the names and columns of the tables the Spark job
 * writes ({@code org.parley.spark.ParquetTables}): {@code events}, {@code mentions}, {@code stories},
 * {@code commitments}, and {@code articles} without the job's stored JSON blobs (article, annotation,
 * findings), which only {@code parley import-parquet} reads. Nested fields stay in a {@code json}
 * column holding the event or commitment exactly as {@code parley events --format jsonl} prints it.
 * Stateless.
 *
 * @param name    the table's name (its file is {@code name.parquet})
 * @param columns its schema
 * @param rows    its rows, one list of cells per row, in {@code columns} order
 */
record ParquetRows(String name, List<Column> columns, Function<ExportData, List<List<Object>>> rows) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final List<ParquetRows> TABLES = List.of(
            new ParquetRows("events", List.of(text("id"), text("story"), text("type"), text("mode"), text("cameo"),
                    text("date"), text("precision"), text("location"), text("location_country"), bool("background"),
                    Column.integer("mentions"), Column.integer("conflicts"), text("json")),
                    data -> map(data.events(), ParquetRows::event)),
            new ParquetRows("mentions", List.of(text("event"), text("article"), text("doc"),
                    Column.integer("sentence_index"), text("sentence"), Column.integer("start"), Column.integer("end"),
                    text("trigger"), text("type"), text("mode"), text("date"), bool("background")),
                    ParquetRows::mentions),
            new ParquetRows("stories", List.of(text("id"), text("title"), text("date"), texts("articles"),
                    texts("docs")), data -> map(data.stories(), ParquetRows::story)),
            new ParquetRows("commitments", List.of(text("id"), text("kind"), text("title"), text("date"),
                    text("article"), text("doc"), text("json")), data -> map(data.commitments(), ParquetRows::commitment)),
            new ParquetRows("articles", List.of(text("id"), text("doc"), text("path"), text("record"), text("url"),
                    text("title"), text("site"), text("language"), text("published"), text("status"), text("error")),
                    data -> map(List.copyOf(data.articles().values()), ParquetRows::article)));

    private static List<Object> event(Event e) {
        return Arrays.asList(e.id(), e.story(), e.type(), e.mode(), e.cameo(), e.date().iso(),
                e.date().precision().name().toLowerCase(Locale.ROOT),
                e.location() == null ? null : e.location().name(), e.location() == null ? null : e.location().country(),
                e.background(), e.mentions().size(), e.conflicts().size(), json(ContractJson.event(e)));
    }

    private static List<List<Object>> mentions(ExportData data) {
        List<List<Object>> rows = new ArrayList<>();
        for (Event e : data.events()) {
            for (EventMention m : e.mentions()) {
                rows.add(Arrays.asList(e.id(), m.evidence().article().value(), m.evidence().doc(),
                        m.evidence().sentence(), m.evidence().text(), m.evidence().span().begin(),
                        m.evidence().span().end(), m.trigger(), m.type(), m.mode(), m.date().iso(), m.background()));
            }
        }
        return rows;
    }

    private static List<Object> story(Story s) {
        return Arrays.asList(s.id(), s.title(), s.date(), s.articles().stream().map(a -> a.value()).toList(), s.docs());
    }

    private static List<Object> commitment(Commitment c) {
        return Arrays.asList(ContractJson.commitmentId(c), c.kind(), c.title(), c.date().iso(),
                c.evidence().article().value(), c.evidence().doc(), json(ContractJson.commitment(c)));
    }

    private static List<Object> article(Article a) {
        return Arrays.asList(a.id().value(), a.doc(), a.raw().origin().path(), a.raw().origin().record(), a.raw().url(),
                a.raw().title(), a.raw().site(), a.language(), a.published().localDate().map(Object::toString).orElse(null),
                a.status().name().toLowerCase(Locale.ROOT), a.error());
    }

    private static <T> List<List<Object>> map(List<T> values, Function<T, List<Object>> row) {
        return values.stream().map(row).toList();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static Column text(String name) {
        return Column.text(name);
    }

    private static Column texts(String name) {
        return new Column(name, "STRING[]");
    }

    private static Column bool(String name) {
        return new Column(name, "BOOLEAN");
    }
}
