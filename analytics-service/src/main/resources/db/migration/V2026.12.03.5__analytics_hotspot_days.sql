-- complaint-facts version 5: complaints per receipt day and filing day (UTC dates), and per receipt month and filing
-- month, for each dimension fixed at the filing (hotspot/HotspotDays): component with version, channel, category,
-- employee. A value is stored as '=' and the value, none as ''. Hot spots over these add up the window's whole
-- receipt months filed before asOf's month, its other whole days filed before asOf's day, and read the rest from the
-- facts. Version 5 rebuilds the read model from the log at start-up, which fills both tables.
CREATE TABLE IF NOT EXISTS analytics_hotspot_day (
    dimension   text   NOT NULL,
    receipt_day date   NOT NULL,
    filed_day   date   NOT NULL,
    first       text   NOT NULL,
    second      text   NOT NULL,
    n           bigint NOT NULL,
    PRIMARY KEY (dimension, receipt_day, filed_day, first, second)
);
-- The days of a window's whole months filed in asOf's month before its day.
CREATE INDEX IF NOT EXISTS analytics_hotspot_day_filed ON analytics_hotspot_day (dimension, filed_day);
CREATE TABLE IF NOT EXISTS analytics_hotspot_month (
    dimension     text   NOT NULL,
    receipt_month date   NOT NULL,
    filed_month   date   NOT NULL,
    first         text   NOT NULL,
    second        text   NOT NULL,
    n             bigint NOT NULL,
    PRIMARY KEY (dimension, receipt_month, filed_month, first, second)
);
-- The complaints of a window's whole days filed in asOf's own day: read from the facts, by filing time.
CREATE INDEX IF NOT EXISTS analytics_complaint_filed ON analytics_complaint (filed_at);
