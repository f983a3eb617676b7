-- Processing state every Redress service keeps beside its view (service-core). Versions are dates, so that
-- migrations from service-core and from a service sort in the order they were written.
-- IF NOT EXISTS: a database made before migrations existed (Hibernate created the same tables) is adopted as is.

-- Per partition of complaint-events, the offset of the next record the view has not applied. Part of the view:
-- a rebuild replays it.
CREATE TABLE IF NOT EXISTS consumer_checkpoint (
    kafka_partition integer NOT NULL PRIMARY KEY,
    next_offset     bigint  NOT NULL
);

-- Ids of events applied within the dedup window (redress.dedup.window, by event time), to recognise a second copy.
CREATE TABLE IF NOT EXISTS seen_event (
    event_id    uuid                        NOT NULL PRIMARY KEY,
    occurred_at timestamp(6) with time zone NOT NULL
);
CREATE INDEX IF NOT EXISTS seen_event_occurred ON seen_event (occurred_at);

-- Durable timers (SLA clocks, follow-ups): part of the view, rebuilt from the log, fired once by the scheduler.
CREATE TABLE IF NOT EXISTS due_timer (
    id             uuid                        NOT NULL PRIMARY KEY,
    cause_id       uuid                        NOT NULL,
    correlation_id uuid                        NOT NULL,
    due_at         timestamp(6) with time zone NOT NULL,
    name           character varying(50)       NOT NULL,
    subject        character varying(100)      NOT NULL
);
CREATE INDEX IF NOT EXISTS due_timer_due ON due_timer (due_at);

-- Present (one row) while a rebuild is unfinished; never part of the view.
CREATE TABLE IF NOT EXISTS rebuild_marker (
    id             integer                     NOT NULL PRIMARY KEY,
    applied_up_to  character varying(2000),
    started_at     timestamp(6) with time zone NOT NULL
);

-- The version of the projection that built the view (one row); a service whose projection has another version
-- rebuilds its view at start-up. Never part of the view.
CREATE TABLE IF NOT EXISTS view_version (
    id       integer                     NOT NULL PRIMARY KEY,
    version  integer                     NOT NULL,
    built_at timestamp(6) with time zone NOT NULL
);
