package org.parley.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetExportTest {

    @TempDir
    Path dir;

    private ResultSet query(Statement sql, String table, String select, String order) throws Exception {
        return sql.executeQuery("SELECT " + select + " FROM read_parquet('" + dir.resolve(table + ".parquet") + "') " + order);
    }

    @Test
    void theFiveTablesReadBackThroughDuckDbWithTheirRows() throws Exception {
        ExportManifest manifest = new ParquetExport().write(ExportFixtures.data(), dir, new ExportRun("test", Instant.EPOCH));

        assertThat(manifest.tables()).extracting(ExportManifest.Table::file).containsExactly("events.parquet",
                "mentions.parquet", "stories.parquet", "commitments.parquet", "articles.parquet");
        assertThat(manifest.tables()).extracting(ExportManifest.Table::rows).containsExactly(2L, 2L, 1L, 0L, 1L);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            try (ResultSet events = query(sql, "events", "id, cameo, date, location, background, mentions, json", "ORDER BY id DESC")) {
                assertThat(events.next()).isTrue();
                assertThat(events.getString("id")).isEqualTo("ev-8000000000000001");
                assertThat(events.getString("cameo")).isEqualTo("042");
                assertThat(events.getString("date")).isEqualTo("2024-06-03");
                assertThat(events.getString("location")).isEqualTo("Hanoi");
                assertThat(events.getBoolean("background")).isFalse();
                assertThat(events.getInt("mentions")).isEqualTo(1);
                assertThat(events.getString("json")).isEqualTo(ParquetRows.json(
                        org.parley.engine.ContractJson.event(ExportFixtures.meeting())));
            }
            try (ResultSet stories = query(sql, "stories", "len(articles) AS n, docs[1] AS doc", "")) {
                assertThat(stories.next()).isTrue();
                assertThat(stories.getInt("n")).isEqualTo(1);
                assertThat(stories.getString("doc")).isEqualTo("talks.txt");
            }
            try (ResultSet articles = query(sql, "articles", "title, published, status", "")) {
                assertThat(articles.next()).isTrue();
                assertThat(articles.getString("title")).isEqualTo("Talks in Hanoi");
                assertThat(articles.getString("published")).isEqualTo("2024-06-03");
                assertThat(articles.getString("status")).isEqualTo("annotated");
            }
            try (ResultSet mentions = query(sql, "mentions", "\"end\" - start AS length, sentence_index", "ORDER BY event DESC")) {
                assertThat(mentions.next()).isTrue();
                assertThat(mentions.getInt("length")).isEqualTo(
                        "The foreign minister of Freedonia met Vietnam's prime minister in Hanoi on Monday.".length());
                assertThat(mentions.getInt("sentence_index")).isEqualTo(1);
            }
        }
    }
}
