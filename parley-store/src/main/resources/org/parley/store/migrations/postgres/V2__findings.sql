-- What the events stage found in each article: event mentions and commitments (gzip-compressed JSON),
-- with the extractor that produced them so stale findings can be recomputed from the annotation.
CREATE TABLE findings (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    extractor  TEXT NOT NULL,
    findings   BYTEA NOT NULL,
    saved_at   TEXT NOT NULL
);
