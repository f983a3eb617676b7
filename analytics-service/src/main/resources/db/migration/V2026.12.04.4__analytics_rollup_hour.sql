-- summary-rollup version 9: the same sums per receipt hour (UTC), for the trends in a zone other than UTC. Each of
-- their interval boundaries is corrected by the complaints between it and its nearest UTC midnight (one or two hours
-- of them in Europe, five and a half in India); a settled day's whole hours of those are now one row per figure
-- each instead of every complaint's timeline. The key carries the sum, for index-only reads (V2026.12.04.3).
-- Version 9 rebuilds the read model from the log at start-up, which fills it.
CREATE TABLE IF NOT EXISTS analytics_rollup_hour (
    receipt_hour timestamp(6) with time zone NOT NULL,
    figure       text                        NOT NULL,
    n            bigint                      NOT NULL,
    CONSTRAINT analytics_rollup_hour_pkey PRIMARY KEY (receipt_hour, figure) INCLUDE (n)
);
ALTER TABLE analytics_rollup_hour SET (autovacuum_vacuum_scale_factor = 0.02,
                                       autovacuum_vacuum_insert_scale_factor = 0.02);
