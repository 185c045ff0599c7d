package org.parley.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.parley.core.ports.ArticleStore;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.Origin;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

/**
 * An article as a row of {@code articles} (and its markup in {@code article_markup}): the insert of a
 * new article or version, and the reading of a row back into an {@link Article}, on a connection the
 * caller holds ({@link JdbcArticleStore} runs them in its transactions). Thread-safe.
 */
final class JdbcArticleRows {
    private static final String COLUMNS = "id, previous, doc, path, record, format, url, title, site, "
            + "declared_language, published_metadata, fallback_time, language, status, error, published, "
            + "published_date, raw_text, clean_text, captions, removed, offset_map, ingested_at";

    private static final String INSERT_ARTICLE = "INSERT INTO articles (" + COLUMNS + ") VALUES ("
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";

    /** Selects an article row with its markup; the caller appends WHERE/ORDER BY. */
    static final String SELECT_ARTICLE = "SELECT a." + COLUMNS.replace(", ", ", a.")
            + ", m.markup FROM articles a LEFT JOIN article_markup m ON m.article_id = a.id ";

    private final String description;
    private final RecordJson json;

    JdbcArticleRows(String description, RecordJson json) {
        this.description = description;
        this.json = json;
    }

    /** Inserts the article unless stored already (DUPLICATE); a new text under a known URL is its NEW_VERSION. */
    ArticleStore.Put insert(Connection c, Article article) throws SQLException {
        ArticleId id = article.id();
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            exists.setString(1, id.value());
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return new ArticleStore.Put(ArticleStore.PutResult.DUPLICATE, id, null);
                }
            }
        }
        RawArticle raw = article.raw();
        ArticleId earlier = raw.url() == null ? null : latestVersion(c, raw.url());
        ArticleId previous = earlier != null ? earlier : article.previous();
        try (PreparedStatement insert = c.prepareStatement(INSERT_ARTICLE)) {
            int i = 0;
            insert.setString(++i, id.value());
            insert.setString(++i, previous == null ? null : previous.value());
            insert.setString(++i, raw.origin().doc());
            insert.setString(++i, raw.origin().path());
            insert.setString(++i, raw.origin().record());
            insert.setString(++i, raw.format().name());
            insert.setString(++i, raw.url());
            insert.setString(++i, raw.title());
            insert.setString(++i, raw.site());
            insert.setString(++i, raw.declaredLanguage());
            insert.setString(++i, raw.publishedMetadata());
            insert.setString(++i, raw.fallbackTime() == null ? null : raw.fallbackTime().toString());
            insert.setString(++i, article.language());
            insert.setString(++i, article.status().name());
            insert.setString(++i, article.error());
            insert.setString(++i, json.publicationDate(article.published()));
            insert.setString(++i, article.published().localDate().map(LocalDate::toString).orElse(null));
            insert.setString(++i, raw.text());
            insert.setString(++i, article.clean().text());
            insert.setString(++i, json.spans(article.clean().captions()));
            insert.setString(++i, json.removed(article.clean().removed()));
            insert.setString(++i, json.offsetMap(article.clean().map()));
            insert.setString(++i, article.ingestedAt().toString());
            if (insert.executeUpdate() == 0) { // another process stored it since the check above
                return new ArticleStore.Put(ArticleStore.PutResult.DUPLICATE, id, null);
            }
        }
        if (raw.markup() != null) {
            try (PreparedStatement markup = c.prepareStatement(
                    "INSERT INTO article_markup (article_id, markup) VALUES (?, ?)")) {
                markup.setString(1, id.value());
                markup.setBytes(2, RecordJson.gzip(raw.markup()));
                markup.executeUpdate();
            }
        }
        return earlier == null ? new ArticleStore.Put(ArticleStore.PutResult.NEW, id, null) : new ArticleStore.Put(ArticleStore.PutResult.NEW_VERSION, id, earlier);
    }

    private static ArticleId latestVersion(Connection c, String url) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id FROM articles WHERE url = ? ORDER BY seq DESC LIMIT 1")) {
            select.setString(1, url);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new ArticleId(rs.getString(1)) : null;
            }
        }
    }

    Article article(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        String column = "id";
        try {
            String previous = rs.getString("previous");
            Origin origin = new Origin(rs.getString("doc"), rs.getString("path"), rs.getString("record"));
            column = "fallback_time";
            String fallback = rs.getString("fallback_time");
            column = "markup";
            byte[] markup = rs.getBytes("markup");
            column = "format";
            RawArticle raw = new RawArticle(origin, SourceFormat.valueOf(rs.getString("format")),
                    rs.getString("raw_text"), rs.getString("title"), rs.getString("url"), rs.getString("site"),
                    rs.getString("declared_language"), rs.getString("published_metadata"),
                    fallback == null ? null : Instant.parse(fallback),
                    markup == null ? null : RecordJson.gunzip(markup));
            column = "captions";
            var captions = json.spans(rs.getString("captions"));
            column = "removed";
            var removed = json.removed(rs.getString("removed"));
            column = "offset_map";
            CleanText clean = new CleanText(rs.getString("clean_text"), captions, removed,
                    json.offsetMap(rs.getString("offset_map")));
            column = "published";
            PublicationDate published = json.publicationDate(rs.getString("published"));
            column = "status";
            ArticleStatus status = ArticleStatus.valueOf(rs.getString("status"));
            column = "ingested_at";
            Instant ingestedAt = Instant.parse(rs.getString("ingested_at"));
            column = "id";
            return new Article(new ArticleId(id), previous == null ? null : new ArticleId(previous), raw, clean,
                    rs.getString("language"), published, status, rs.getString("error"), ingestedAt);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("store " + description + ": article " + id + " is unreadable ("
                    + column + "): " + e.getMessage(), e);
        }
    }
}
