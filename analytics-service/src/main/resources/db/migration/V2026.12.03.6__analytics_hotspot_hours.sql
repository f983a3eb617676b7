-- complaint-facts version 6 (hotspot/HotspotHours): per UTC day of receipt, UTC day of filing and employee, the
-- complaints received in each of the day's 24 UTC hours (hours[1] is 00:00-01:00 UTC). In a zone whose offsets are
-- whole hours changing on whole hours, hot spots by hour, weekday and their crossings with each other and the employee
-- add up the window's whole days filed before asOf's day and read the rest from the facts. An employee is stored as
-- '=' and the id, none as ''. Version 6 rebuilds the read model from the log at start-up, which fills the table.
CREATE TABLE IF NOT EXISTS analytics_hotspot_hour (
    receipt_day date   NOT NULL,
    filed_day   date   NOT NULL,
    employee    text   NOT NULL,
    hours       int4[] NOT NULL,
    PRIMARY KEY (receipt_day, filed_day, employee)
);
