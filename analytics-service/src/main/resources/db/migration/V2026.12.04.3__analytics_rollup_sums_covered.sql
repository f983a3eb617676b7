-- The rollup's sums are read many rows at a time (a day's ~150 figures, ninety days of them for a chart), and their
-- rows, rewritten in place at every contribution, lie scattered over the table's pages: ninety days' sums read a page
-- a row. Each primary key now carries the sum, so that a read walks the index alone (an index-only scan) for every
-- page the visibility map marks all-visible, which the lower autovacuum thresholds keep true of all but the pages
-- changed in the last minute or so. An update of a sum then also writes its key's index entry (no HOT update).
-- At a million complaints, ninety days' sums (~14,000 rows): ~25 ms -> ~7 ms. A rebuild's shadow tables copy keys
-- and parameters.
ALTER TABLE analytics_rollup_day DROP CONSTRAINT analytics_rollup_day_pkey,
    ADD CONSTRAINT analytics_rollup_day_pkey PRIMARY KEY (receipt_day, figure) INCLUDE (n);
ALTER TABLE analytics_rollup_week DROP CONSTRAINT analytics_rollup_week_pkey,
    ADD CONSTRAINT analytics_rollup_week_pkey PRIMARY KEY (receipt_week, figure) INCLUDE (n);
ALTER TABLE analytics_rollup_month DROP CONSTRAINT analytics_rollup_month_pkey,
    ADD CONSTRAINT analytics_rollup_month_pkey PRIMARY KEY (receipt_month, figure) INCLUDE (n);
ALTER TABLE analytics_rollup_cell DROP CONSTRAINT analytics_rollup_cell_pkey,
    ADD CONSTRAINT analytics_rollup_cell_pkey PRIMARY KEY (receipt_day, step_day, figure) INCLUDE (n);
ALTER TABLE analytics_rollup_day SET (autovacuum_vacuum_scale_factor = 0.02,
                                      autovacuum_vacuum_insert_scale_factor = 0.02);
ALTER TABLE analytics_rollup_week SET (autovacuum_vacuum_scale_factor = 0.02,
                                       autovacuum_vacuum_insert_scale_factor = 0.02);
ALTER TABLE analytics_rollup_month SET (autovacuum_vacuum_scale_factor = 0.02,
                                        autovacuum_vacuum_insert_scale_factor = 0.02);
ALTER TABLE analytics_rollup_cell SET (autovacuum_vacuum_scale_factor = 0.02,
                                       autovacuum_vacuum_insert_scale_factor = 0.02);
