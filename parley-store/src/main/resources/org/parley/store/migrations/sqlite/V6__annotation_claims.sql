-- Claims on articles waiting for annotation, so several writers annotate each article once
-- (org.parley.core.ports.AnnotationClaims): the claiming writer and when its lease ends (epoch
-- milliseconds); both null when unclaimed. A claim whose lease has ended may be taken by another.
ALTER TABLE articles ADD COLUMN claimed_by TEXT;
ALTER TABLE articles ADD COLUMN claim_expires INTEGER;
-- How many times an article's annotation was written: 1 unless it was annotated again.
ALTER TABLE annotations ADD COLUMN writes INTEGER NOT NULL DEFAULT 1;
