-- A percentile is refined on one histogram bucket's rows through an index-only scan of analytics_rollup_complaint,
-- which reads the table too for every page the visibility map does not mark all-visible. A complaint's row is
-- rewritten at each of its steps, so after a catch-up or an import a quarter of the pages could wait for autovacuum
-- (by default after 20 % of the rows changed), and the scan fetched as many rows from the table as from the index
-- (at a million complaints ~8 ms a rank instead of ~3). Vacuumed after 2 % instead: at most one pass per autovacuum
-- round (a minute by default) during a catch-up, over the pages changed since the last. A rebuild's shadow tables
-- take the same parameters.
ALTER TABLE analytics_rollup_complaint SET (autovacuum_vacuum_scale_factor = 0.02,
                                            autovacuum_vacuum_insert_scale_factor = 0.02);
