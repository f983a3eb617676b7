-- summary-rollup version 8: the recovery paradox's changes summed per UTC day of the first complaint's receipt, its
-- severity and cohort, with the latest moment among them (rollup/ParadoxRows). A window's whole days whose every change
-- came by asOf are answered by these sums; the other days and the window's edges read the changes. Version 8 rebuilds
-- the read model from the log at start-up, which fills it.
CREATE TABLE IF NOT EXISTS analytics_rollup_paradox_day (
    receipt_day date        NOT NULL,
    severity    text        NOT NULL,
    happy       boolean     NOT NULL,
    customers   bigint      NOT NULL,
    again       bigint      NOT NULL,
    answers     bigint      NOT NULL,
    score       bigint      NOT NULL,
    last_at     timestamptz NOT NULL,
    PRIMARY KEY (receipt_day, severity, happy)
);
