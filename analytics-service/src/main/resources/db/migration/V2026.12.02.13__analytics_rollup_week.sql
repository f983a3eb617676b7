-- summary-rollup version 3: the same sums per receipt week (its Monday, UTC), for the trends by week: a week all of
-- whose days are settled before asOf's day is answered by one row per figure instead of seven. Version 3 rebuilds the
-- read model from the log at start-up, which fills it.
CREATE TABLE IF NOT EXISTS analytics_rollup_week (
    receipt_week date   NOT NULL,
    figure       text   NOT NULL,
    n            bigint NOT NULL,
    PRIMARY KEY (receipt_week, figure)
);
