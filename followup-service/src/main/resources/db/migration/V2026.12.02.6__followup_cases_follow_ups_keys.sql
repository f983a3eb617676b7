-- Read model "complaints" version 2: each complaint's follow-up case (who to write to, owner, due times, the latest
-- resolution's answer, how it closed) and its follow-ups. Rebuilt from the log at start-up (the version changed).
ALTER TABLE followup_complaint
    ADD COLUMN channel          character varying(20),
    ADD COLUMN language         character varying(35),
    ADD COLUMN severity         character varying(20),
    ADD COLUMN owner_name       character varying(200),
    ADD COLUMN acknowledge_by   timestamp(6) with time zone,
    ADD COLUMN resolve_by       timestamp(6) with time zone,
    ADD COLUMN acknowledged_at  timestamp(6) with time zone,
    ADD COLUMN resolved_at      timestamp(6) with time zone,
    ADD COLUMN reopened_at      timestamp(6) with time zone,
    ADD COLUMN reopen_count     integer NOT NULL DEFAULT 0,
    ADD COLUMN surveys_sent     integer NOT NULL DEFAULT 0,
    ADD COLUMN check_in_sent    boolean NOT NULL DEFAULT false,
    ADD COLUMN score            integer,
    ADD COLUMN ownership_taken  boolean,
    ADD COLUMN felt_valued      boolean,
    ADD COLUMN resolved_quickly boolean,
    ADD COLUMN regret_expressed boolean,
    ADD COLUMN comment          text,
    ADD COLUMN answered_at      timestamp(6) with time zone,
    ADD COLUMN close_due_at     timestamp(6) with time zone,
    ADD COLUMN outcome          character varying(20),
    ADD COLUMN closed_at        timestamp(6) with time zone;
ALTER TABLE followup_complaint ALTER COLUMN stage TYPE character varying(20);

CREATE TABLE followup_follow_up (
    complaint_id  uuid                        NOT NULL,
    follow_up_id  uuid                        NOT NULL,
    kind          character varying(30)       NOT NULL,
    clock         character varying(20),
    attempt       integer                     NOT NULL,
    status        character varying(20)       NOT NULL,
    scheduled_at  timestamp(6) with time zone NOT NULL,
    due_at        timestamp(6) with time zone NOT NULL,
    sent_at       timestamp(6) with time zone,
    cancelled_at  timestamp(6) with time zone,
    cancel_reason character varying(40),
    PRIMARY KEY (complaint_id, follow_up_id)
);
-- GET /follow-ups?status=...: by status and due time, then id.
CREATE INDEX followup_follow_up_by_status_due ON followup_follow_up (status, due_at, follow_up_id);
CREATE INDEX followup_follow_up_by_due ON followup_follow_up (due_at, follow_up_id);

-- Customers' data keys for the words follow-up seals (survey comments); not a read model's: a rebuild keeps it.
CREATE TABLE followup_customer_key (
    customer_id character varying(100)      NOT NULL PRIMARY KEY,
    key_id      uuid                        NOT NULL,
    wrapped_key bytea                       NOT NULL,
    created_at  timestamp(6) with time zone NOT NULL
);
