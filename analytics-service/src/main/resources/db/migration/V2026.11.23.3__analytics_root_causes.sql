-- Root causes in analytics' view (AnalyticsProjection version 2). RootCauseIdentified is keyed by the root cause and
-- names complaints on other partitions, so the link is kept whether or not the complaint is in the view yet; reads
-- join the two. Text columns: the contract sets no length on these fields, and the view must not refuse what it
-- accepts.
CREATE TABLE IF NOT EXISTS analytics_root_cause (
    root_cause_id     uuid                        NOT NULL PRIMARY KEY,
    title             text                        NOT NULL,
    category          text                        NOT NULL,
    component         text,
    whys              text                        NOT NULL,
    corrective_action text                        NOT NULL,
    identified_at     timestamp(6) with time zone NOT NULL
);
CREATE TABLE IF NOT EXISTS analytics_root_cause_complaint (
    root_cause_id uuid                        NOT NULL,
    complaint_id  uuid                        NOT NULL,
    identified_at timestamp(6) with time zone NOT NULL,
    PRIMARY KEY (root_cause_id, complaint_id)
);
CREATE INDEX IF NOT EXISTS analytics_root_cause_complaint_complaint
    ON analytics_root_cause_complaint (complaint_id, identified_at);
