-- The stories as last assigned, so reading them does not cluster the store again, and what the next
-- arrival needs to be assigned without reading every annotation (org.parley.engine.StoryAssignment).
-- Written together in one transaction with story_ids and retired_ids.
-- One row per story: its id, date (ISO, or null) and the story as JSON (title, articles, docs).
CREATE TABLE stories (
    story_id TEXT PRIMARY KEY,
    date     TEXT,
    story    TEXT NOT NULL
);
-- Which state of the store the stories describe: the store's change mark when they were saved.
-- At most one row (id 1); none until the first assignment.
CREATE TABLE story_state (
    id   INTEGER PRIMARY KEY,
    mark TEXT NOT NULL
);
-- Each article's story evidence (gzip-compressed JSON: lead event, date window, term counts) and the
-- saved_at of the findings it was built from: evidence whose basis differs from its findings is stale.
CREATE TABLE story_evidence (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    basis      TEXT NOT NULL,
    evidence   BYTEA NOT NULL
);
