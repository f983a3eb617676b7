-- summary-rollup version 6: each customer's defection risk as spans of asOf over which its factors stay the same
-- (rollup/RiskSpans), for the unbounded window: the customers at risk as of a moment read the one span of each
-- customer that holds it, in score order through an index, instead of ranking every complaint of the year. A change
-- to a customer's complaints at a moment rewrites their spans from that moment on. Version 6 rebuilds the read
-- model from the log at start-up, which fills both tables.
CREATE TABLE IF NOT EXISTS analytics_rollup_risk_span (
    customer_id    text        NOT NULL,
    valid_from     timestamptz NOT NULL,
    valid_to       timestamptz NOT NULL,
    score          int         NOT NULL,
    complaints     int         NOT NULL,
    severity_rank  int         NOT NULL,
    breaches       int         NOT NULL,
    reopenings     int         NOT NULL,
    unhappy        int         NOT NULL,
    lukewarm       int         NOT NULL,
    open_since     timestamptz,
    last_contact   timestamptz NOT NULL,
    lifetime_value numeric
);
-- A customer's spans from a moment on (rewritten), the ranking as of a moment (walked from the highest score), and
-- the spans that begin or end within asOf's day (the totals' correction of the day sums).
CREATE INDEX IF NOT EXISTS analytics_rollup_risk_span_customer ON analytics_rollup_risk_span (customer_id, valid_to);
CREATE INDEX IF NOT EXISTS analytics_rollup_risk_span_score
    ON analytics_rollup_risk_span (score DESC, customer_id) INCLUDE (valid_from, valid_to);
CREATE INDEX IF NOT EXISTS analytics_rollup_risk_span_from ON analytics_rollup_risk_span (valid_from)
    INCLUDE (score, lifetime_value);
CREATE INDEX IF NOT EXISTS analytics_rollup_risk_span_to ON analytics_rollup_risk_span (valid_to)
    INCLUDE (score, lifetime_value);

-- Per UTC day and score: the spans that begin that day less those that end it (customers, those with a lifetime
-- value, and its sum). The customers with a score of at least m as of T are the sums of the days before T's day
-- with a score of at least m, corrected by the spans that begin or end in T's day up to T.
CREATE TABLE IF NOT EXISTS analytics_rollup_risk_day (
    day       date    NOT NULL,
    score     int     NOT NULL,
    customers bigint  NOT NULL,
    valued    bigint  NOT NULL,
    value     numeric NOT NULL,
    PRIMARY KEY (day, score)
);
