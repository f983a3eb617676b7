-- A complaint's timeline and facts are rewritten at every step. Leaving room on each page lets PostgreSQL update a
-- row in place (a HOT update) when no indexed column changes, which is most steps: without it every step wrote a new
-- entry into each of the timeline's eight indexes, and a million complaints left the percentile index three times
-- its size. A rebuild copies these parameters to its shadow tables.
ALTER TABLE analytics_rollup_complaint SET (fillfactor = 70);
ALTER TABLE analytics_complaint SET (fillfactor = 70);

-- A percentile's rank within one histogram bucket: the bucket's rows of the window, by receipt time, then sorted by
-- seconds (a window of a month reads its own rows, not the whole bucket's).
DROP INDEX IF EXISTS analytics_rollup_complaint_ack;
DROP INDEX IF EXISTS analytics_rollup_complaint_res;
CREATE INDEX IF NOT EXISTS analytics_rollup_complaint_ack
    ON analytics_rollup_complaint (ack_bucket, received_at) INCLUDE (ack_seconds, ack_at, filed_at)
    WHERE ack_bucket IS NOT NULL;
CREATE INDEX IF NOT EXISTS analytics_rollup_complaint_res
    ON analytics_rollup_complaint (res_bucket, received_at) INCLUDE (res_seconds, res_at, filed_at)
    WHERE res_bucket IS NOT NULL;
