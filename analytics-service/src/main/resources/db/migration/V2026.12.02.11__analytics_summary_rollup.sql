-- summary-rollup version 1: each complaint's timeline, and the sums of what the complaints add to each summary
-- figure per receipt day and contribution day (UTC dates). Rebuilt from the log at start-up; nothing to back-fill.
CREATE TABLE IF NOT EXISTS analytics_rollup_complaint (
    complaint_id     uuid PRIMARY KEY,
    customer_id      text                        NOT NULL,
    severity         text                        NOT NULL,
    channel          text                        NOT NULL,
    category         text                        NOT NULL,
    received_at      timestamp(6) with time zone NOT NULL,
    filed_at         timestamp(6) with time zone NOT NULL,
    repeat           boolean                     NOT NULL,
    prev_received_at timestamp(6) with time zone,
    late_filed       boolean                     NOT NULL,
    steps            text                        NOT NULL,
    ack_at           timestamp(6) with time zone,
    ack_seconds      bigint,
    ack_bucket       integer,
    res_at           timestamp(6) with time zone,
    res_seconds      bigint,
    res_bucket       integer
);
-- The window's edges, the asOf day's late filings, and the complaints of a customer in receipt order.
CREATE INDEX IF NOT EXISTS analytics_rollup_complaint_received ON analytics_rollup_complaint (received_at);
CREATE INDEX IF NOT EXISTS analytics_rollup_complaint_filed ON analytics_rollup_complaint (filed_at);
CREATE INDEX IF NOT EXISTS analytics_rollup_complaint_customer
    ON analytics_rollup_complaint (customer_id, received_at, complaint_id);
CREATE INDEX IF NOT EXISTS analytics_rollup_complaint_prev ON analytics_rollup_complaint (prev_received_at);
-- Complaints filed more than an hour after receipt (imports): those of a window not yet filed at a past asOf.
CREATE INDEX IF NOT EXISTS analytics_rollup_complaint_late ON analytics_rollup_complaint (filed_at) WHERE late_filed;
-- A percentile's rank within one histogram bucket, read in order of seconds.
CREATE INDEX IF NOT EXISTS analytics_rollup_complaint_ack
    ON analytics_rollup_complaint (ack_bucket, ack_seconds) INCLUDE (received_at, ack_at, filed_at)
    WHERE ack_bucket IS NOT NULL;
CREATE INDEX IF NOT EXISTS analytics_rollup_complaint_res
    ON analytics_rollup_complaint (res_bucket, res_seconds) INCLUDE (received_at, res_at, filed_at)
    WHERE res_bucket IS NOT NULL;

CREATE TABLE IF NOT EXISTS analytics_rollup_cell (
    receipt_day date   NOT NULL,
    step_day    date   NOT NULL,
    figure      text   NOT NULL,
    n           bigint NOT NULL,
    PRIMARY KEY (receipt_day, step_day, figure)
);

-- prev_day 0001-01-01: the customer's first complaint.
CREATE TABLE IF NOT EXISTS analytics_rollup_customer (
    receipt_day date   NOT NULL,
    prev_day    date   NOT NULL,
    n           bigint NOT NULL,
    PRIMARY KEY (receipt_day, prev_day)
);

-- The steps taken in the rest of asOf's day, which a summary as of a moment takes back out of that day's sums.
CREATE INDEX IF NOT EXISTS analytics_occurrence_at ON analytics_occurrence (at);

-- The same sums per receipt day and per receipt month (its first day), and each receipt day's last contribution day:
-- a day (a month) all of whose contributions came before asOf's day is answered by one row per figure.
CREATE TABLE IF NOT EXISTS analytics_rollup_day (
    receipt_day date   NOT NULL,
    figure      text   NOT NULL,
    n           bigint NOT NULL,
    PRIMARY KEY (receipt_day, figure)
);
CREATE TABLE IF NOT EXISTS analytics_rollup_month (
    receipt_month date   NOT NULL,
    figure        text   NOT NULL,
    n             bigint NOT NULL,
    PRIMARY KEY (receipt_month, figure)
);
CREATE TABLE IF NOT EXISTS analytics_rollup_span (
    receipt_day date NOT NULL PRIMARY KEY,
    last_day    date NOT NULL
);
