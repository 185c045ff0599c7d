-- Articles, their original markup and their NLP annotations (PostgreSQL).
-- seq is the ingest order: an identity column, so concurrent writers never compute the same number.
CREATE TABLE articles (
    seq                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                 TEXT    NOT NULL UNIQUE,
    previous           TEXT,
    doc                TEXT    NOT NULL,
    path               TEXT    NOT NULL,
    record             TEXT,
    format             TEXT    NOT NULL,
    url                TEXT,
    title              TEXT,
    site               TEXT,
    declared_language  TEXT,
    published_metadata TEXT,
    fallback_time      TEXT,
    language           TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    error              TEXT,
    published          TEXT    NOT NULL,
    published_date     TEXT,
    raw_text           TEXT    NOT NULL,
    clean_text         TEXT    NOT NULL,
    captions           TEXT    NOT NULL,
    removed            TEXT    NOT NULL,
    offset_map         TEXT    NOT NULL,
    ingested_at        TEXT    NOT NULL
);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_status ON articles (status, seq);
CREATE INDEX articles_published_date ON articles (published_date);

CREATE TABLE article_markup (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    markup     BYTEA NOT NULL
);

CREATE TABLE annotations (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    annotator  TEXT NOT NULL,
    annotation BYTEA NOT NULL,
    saved_at   TEXT NOT NULL
);
