-- Read model timeline: every step of a complaint's life, one row per event, read oldest first.
CREATE TABLE IF NOT EXISTS intake_timeline (
    complaint_id uuid                        NOT NULL,
    event_id     uuid                        NOT NULL,
    occurred_at  timestamp(6) with time zone NOT NULL,
    type         character varying(40)       NOT NULL,
    channel      character varying(20),
    actor        character varying(100),
    detail       text,
    note         text,
    PRIMARY KEY (complaint_id, event_id)
);
CREATE INDEX IF NOT EXISTS intake_timeline_occurred ON intake_timeline (complaint_id, occurred_at);
