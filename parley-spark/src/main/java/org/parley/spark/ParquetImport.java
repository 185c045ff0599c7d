package org.parley.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.ports.ArticleStore;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;

/**
 * Imports the {@code articles} table of a Spark run into a store: each article, its annotation
 * and its findings, exactly as the local engine would have stored them, so the CLI, the server and
 * the timeline work on the result (stories and consolidated events are recomputed from the store
 * as for a local ingest, and come out the same as the job's tables). Idempotent: an article
 * already in the store is left as it is.
 *
 * <p>Design decision: DuckDB's JDBC driver reads the Parquet files, with no Spark or Hadoop on the
 * importing side; a bad row is reported by article id and the import goes on.
 */
public final class ParquetImport {

    /**
     * What an import did.
     *
     * @param added      articles stored
     * @param duplicates articles already in the store
     * @param failed     rows that could not be imported, each with the reason
     */
    public record Summary(int added, int duplicates, List<String> failed) {
        public Summary {
            failed = List.copyOf(failed);
        }
    }

    private ParquetImport() {
    }

    /**
     * Imports {@code jobOutput}/articles/*.parquet into {@code store}.
     *
     * @throws IllegalArgumentException when the folder has no articles table
     * @throws IllegalStateException    when the Parquet files cannot be read at all
     */
    public static Summary into(ArticleStore store, Path jobOutput) {
        Path articles = jobOutput.resolve(ParquetTables.ARTICLES);
        if (!Files.isDirectory(articles)) {
            throw new IllegalArgumentException(jobOutput + " has no " + ParquetTables.ARTICLES
                    + " table: give the --output folder of a Spark run");
        }
        String glob = articles.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''");
        int added = 0;
        int duplicates = 0;
        List<String> failed = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement select = db.createStatement();
             ResultSet rows = select.executeQuery("SELECT id, article_json, annotation_json_gz, findings_json_gz, extractor "
                     + "FROM read_parquet('" + glob + "') ORDER BY id")) {
            while (rows.next()) {
                String id = rows.getString(1);
                try {
                    Article article = ModelJson.read(rows.getString(2), Article.class);
                    byte[] annotation = rows.getBytes(3);
                    byte[] findings = rows.getBytes(4);
                    if (store.put(article).result() == ArticleStore.PutResult.DUPLICATE) {
                        duplicates++;
                        continue;
                    }
                    added++;
                    if (article.status() == ArticleStatus.FAILED) {
                        store.markFailed(article.id(), article.error());
                    }
                    if (annotation != null) {
                        store.saveAnnotation(article.id(), ModelJson.readGzip(annotation, AnnotatedText.class));
                    }
                    if (findings != null) {
                        store.saveFindings(ModelJson.readGzip(findings, ArticleFindings.class), rows.getString(5));
                    }
                } catch (RuntimeException e) {
                    failed.add("article " + id + ": " + e.getMessage());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + articles + ": " + e.getMessage(), e);
        }
        return new Summary(added, duplicates, failed);
    }
}
