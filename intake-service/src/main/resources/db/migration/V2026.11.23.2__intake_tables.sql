-- intake-service's tables. IF NOT EXISTS: a database made before migrations existed is adopted as is.

-- The view (IntakeProjection; rebuilt from the log).
CREATE TABLE IF NOT EXISTS intake_complaint (
    complaint_id            uuid                        NOT NULL PRIMARY KEY,
    category                character varying(100)      NOT NULL,
    channel                 character varying(20)       NOT NULL,
    closed                  boolean                     NOT NULL,
    component               character varying(100),
    component_version       character varying(50),
    contact_count           integer                     NOT NULL,
    customer_id             character varying(100)      NOT NULL,
    customer_lifetime_value numeric(19,2),
    customer_name           character varying(200),
    description             text                        NOT NULL,
    employee_id             character varying(100),
    external_ref            character varying(200),
    filed_at                timestamp(6) with time zone NOT NULL,
    prior_complaints        integer                     NOT NULL,
    problem_occurred_at     timestamp(6) with time zone,
    product                 character varying(100),
    received_at             timestamp(6) with time zone NOT NULL,
    severity                character varying(20)       NOT NULL
);
CREATE INDEX IF NOT EXISTS intake_complaint_customer ON intake_complaint (customer_id);

-- Not rebuilt by a replay (written when a filing is accepted, before its event is sent): never dropped.
CREATE TABLE IF NOT EXISTS intake_idempotency_key (
    idempotency_key character varying(200) NOT NULL PRIMARY KEY,
    complaint_id    uuid                   NOT NULL
);
CREATE TABLE IF NOT EXISTS intake_customer_filing (
    complaint_id uuid                        NOT NULL PRIMARY KEY,
    category     character varying(100)      NOT NULL,
    customer_id  character varying(100)      NOT NULL,
    received_at  timestamp(6) with time zone NOT NULL
);
CREATE INDEX IF NOT EXISTS intake_customer_filing_customer ON intake_customer_filing (customer_id, received_at);
