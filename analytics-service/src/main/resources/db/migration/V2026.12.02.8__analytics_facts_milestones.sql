-- complaint-facts version 2: the filing's slicing fields and the first time of each milestone (analytics_complaint);
-- occurrences version 1: every later step at its event time (analytics_occurrence). Both are rebuilt from the log at
-- start-up, so the new columns need no back-fill here.
ALTER TABLE analytics_complaint
    ADD COLUMN IF NOT EXISTS product text,
    ADD COLUMN IF NOT EXISTS component text,
    ADD COLUMN IF NOT EXISTS component_version text,
    ADD COLUMN IF NOT EXISTS employee_id text,
    ADD COLUMN IF NOT EXISTS prior_complaints integer NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS lifetime_value numeric,
    ADD COLUMN IF NOT EXISTS first_acknowledged_at timestamp(6) with time zone,
    ADD COLUMN IF NOT EXISTS first_resolved_at timestamp(6) with time zone,
    ADD COLUMN IF NOT EXISTS first_contact boolean,
    ADD COLUMN IF NOT EXISTS first_breached_at timestamp(6) with time zone,
    ADD COLUMN IF NOT EXISTS first_reopened_at timestamp(6) with time zone,
    ADD COLUMN IF NOT EXISTS closed_at timestamp(6) with time zone,
    ADD COLUMN IF NOT EXISTS outcome text;

CREATE TABLE IF NOT EXISTS analytics_occurrence (
    complaint_id uuid                        NOT NULL,
    event_id     uuid                        NOT NULL,
    kind         text                        NOT NULL,
    at           timestamp(6) with time zone NOT NULL,
    actor        text,
    value        integer,
    detail       text,
    flags        integer                     NOT NULL DEFAULT 0,
    PRIMARY KEY (complaint_id, event_id)
);
CREATE INDEX IF NOT EXISTS analytics_occurrence_kind ON analytics_occurrence (complaint_id, kind, at);
