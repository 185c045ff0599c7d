-- Ids that stopped naming a cluster because it merged into another (or was split and its largest
-- part kept another id): each points to the id that took its members, so a client holding an old
-- story or event id learns where it went (org.parley.core.cluster.StableIds#successors).
-- kind is STORY or EVENT. Rows are only added or updated, never deleted.
CREATE TABLE retired_ids (
    kind         TEXT NOT NULL,
    retired_id   TEXT NOT NULL,
    successor_id TEXT NOT NULL,
    PRIMARY KEY (kind, retired_id)
);
