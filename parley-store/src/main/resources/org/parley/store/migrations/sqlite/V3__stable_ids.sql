-- The last assignment of stable ids to stories and consolidated events, so computing them again over
-- more articles keeps the ids of the stories and events that continue (org.parley.core.cluster.StableIds).
-- A story is keyed by its member articles, an event by its member mentions' keys
-- (article#sentence#type#trigger). Each table is replaced whole when the assignment changes.
CREATE TABLE story_ids (
    story_id   TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
CREATE TABLE event_ids (
    event_id    TEXT NOT NULL,
    mention_key TEXT NOT NULL,
    PRIMARY KEY (event_id, mention_key)
);
