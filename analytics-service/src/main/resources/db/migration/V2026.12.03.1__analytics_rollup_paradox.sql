-- summary-rollup version 4: the recovery paradox as changes at their moments, per customer (rollup/Paradoxes): the
-- cohort figures of a window as of asOf are the sums of the rows whose first complaint was received in the window
-- and whose moment is at or before asOf. Rewritten for a customer whenever one of their complaints is filed,
-- resolved or answered. Version 4 rebuilds the read model from the log at start-up, which fills it.
CREATE TABLE IF NOT EXISTS analytics_rollup_paradox (
    customer_id text        NOT NULL,
    received_at timestamptz NOT NULL,
    at          timestamptz NOT NULL,
    severity    text        NOT NULL,
    happy       boolean     NOT NULL,
    customers   int         NOT NULL,
    again       int         NOT NULL,
    answers     int         NOT NULL,
    score       int         NOT NULL
);
CREATE INDEX IF NOT EXISTS analytics_rollup_paradox_customer ON analytics_rollup_paradox (customer_id);
CREATE INDEX IF NOT EXISTS analytics_rollup_paradox_received ON analytics_rollup_paradox (received_at)
    INCLUDE (at, severity, happy, customers, again, answers, score);
