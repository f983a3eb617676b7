-- resolution-service's view (ResolutionProjection; rebuilt from the log). IF NOT EXISTS: a database made before
-- migrations existed is adopted as is.
CREATE TABLE IF NOT EXISTS resolution_complaint (
    complaint_id     uuid                        NOT NULL PRIMARY KEY,
    category         character varying(100)      NOT NULL,
    customer_id      character varying(100)      NOT NULL,
    escalation_level integer                     NOT NULL,
    owner_id         character varying(100),
    received_at      timestamp(6) with time zone NOT NULL,
    severity         character varying(20)       NOT NULL,
    status           character varying(20)       NOT NULL,
    team             character varying(100)
);
CREATE INDEX IF NOT EXISTS resolution_complaint_owner ON resolution_complaint (owner_id);
