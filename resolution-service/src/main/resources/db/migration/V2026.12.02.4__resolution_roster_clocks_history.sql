-- The roster: the service's own state, one versioned document (not rebuilt from the log: every decision made with
-- it is on the log already).
CREATE TABLE IF NOT EXISTS resolution_roster (
    id         integer                     NOT NULL PRIMARY KEY CHECK (id = 1),
    version    bigint                      NOT NULL,
    document   jsonb                       NOT NULL,
    updated_at timestamp(6) with time zone NOT NULL,
    updated_by character varying(100)      NOT NULL
);

-- Read model complaints v2: the rule, the first owner, both SLA clocks, contacts and reopenings.
ALTER TABLE resolution_complaint
    ADD COLUMN IF NOT EXISTS component                character varying(100),
    ADD COLUMN IF NOT EXISTS prior_complaints         integer NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS rule                     character varying(100),
    ADD COLUMN IF NOT EXISTS first_owner_id           character varying(100),
    ADD COLUMN IF NOT EXISTS acknowledge_due_at       timestamp(6) with time zone,
    ADD COLUMN IF NOT EXISTS acknowledged_at          timestamp(6) with time zone,
    ADD COLUMN IF NOT EXISTS acknowledge_breached_at  timestamp(6) with time zone,
    ADD COLUMN IF NOT EXISTS resolve_due_at           timestamp(6) with time zone,
    ADD COLUMN IF NOT EXISTS resolved_at              timestamp(6) with time zone,
    ADD COLUMN IF NOT EXISTS resolve_breached_at      timestamp(6) with time zone,
    ADD COLUMN IF NOT EXISTS next_due_at              timestamp(6) with time zone,
    ADD COLUMN IF NOT EXISTS contact_count            integer NOT NULL DEFAULT 1,
    ADD COLUMN IF NOT EXISTS reopen_count             integer NOT NULL DEFAULT 0;
DROP INDEX IF EXISTS resolution_complaint_owner;
-- An owner's queue and load: their complaints in hand, nearest due first.
CREATE INDEX IF NOT EXISTS resolution_complaint_in_hand ON resolution_complaint (owner_id, next_due_at, complaint_id)
    WHERE status IN ('ASSIGNED', 'ACKNOWLEDGED', 'REOPENED');
-- A returning customer's previous owner.
CREATE INDEX IF NOT EXISTS resolution_complaint_customer ON resolution_complaint (customer_id, received_at DESC);
-- The teams' queues, oldest first.
CREATE INDEX IF NOT EXISTS resolution_complaint_queued ON resolution_complaint (team, received_at, complaint_id)
    WHERE status = 'QUEUED';
-- A team's workload: its oldest open complaint, its breaches.
CREATE INDEX IF NOT EXISTS resolution_complaint_team_open ON resolution_complaint (team, received_at)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX IF NOT EXISTS resolution_complaint_team_breached ON resolution_complaint (team)
    WHERE acknowledge_breached_at IS NOT NULL OR resolve_breached_at IS NOT NULL;

-- Read model history: every step of a complaint's life in resolution's words, with who took it.
CREATE TABLE IF NOT EXISTS resolution_history (
    complaint_id uuid                        NOT NULL,
    event_id     uuid                        NOT NULL,
    occurred_at  timestamp(6) with time zone NOT NULL,
    type         character varying(40)       NOT NULL,
    actor        character varying(100),
    detail       text,
    PRIMARY KEY (complaint_id, event_id)
);
CREATE INDEX IF NOT EXISTS resolution_history_occurred ON resolution_history (complaint_id, occurred_at);
