-- followup-service's view (FollowupProjection; rebuilt from the log). IF NOT EXISTS: a database made before
-- migrations existed is adopted as is.
CREATE TABLE IF NOT EXISTS followup_complaint (
    complaint_id uuid                        NOT NULL PRIMARY KEY,
    assigned_at  timestamp(6) with time zone,
    customer_id  character varying(100)      NOT NULL,
    owner_id     character varying(100),
    received_at  timestamp(6) with time zone NOT NULL,
    stage        character varying(20)       NOT NULL
);
