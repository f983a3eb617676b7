-- A complaint's timeline and facts are rewritten at every step. Leaving room on each page lets PostgreSQL update a
-- row in place (a HOT update) when no indexed column changes, which is most steps; otherwise every step writes a new
-- entry into each of the timeline's indexes. A rebuild copies these parameters to its shadow tables.
ALTER TABLE analytics_rollup_complaint SET (fillfactor = 70);
ALTER TABLE analytics_complaint SET (fillfactor = 70);

-- A percentile's rank within one histogram bucket for a narrow window: the bucket's rows of the window by receipt
-- time, then sorted by seconds (a month reads its own rows, not the whole bucket's). A wide window walks the
-- (bucket, seconds) index of V2026.12.02.11 in order instead; each answer is planned for its window.
CREATE INDEX IF NOT EXISTS analytics_rollup_complaint_ack_window
    ON analytics_rollup_complaint (ack_bucket, received_at) INCLUDE (ack_seconds, ack_at, filed_at)
    WHERE ack_bucket IS NOT NULL;
CREATE INDEX IF NOT EXISTS analytics_rollup_complaint_res_window
    ON analytics_rollup_complaint (res_bucket, received_at) INCLUDE (res_seconds, res_at, filed_at)
    WHERE res_bucket IS NOT NULL;
