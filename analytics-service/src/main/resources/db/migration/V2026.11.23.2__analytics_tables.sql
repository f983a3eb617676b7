-- analytics-service's view (AnalyticsProjection; rebuilt from the log). IF NOT EXISTS: a database made before
-- migrations existed is adopted as is.
CREATE TABLE IF NOT EXISTS analytics_complaint (
    complaint_id uuid                        NOT NULL PRIMARY KEY,
    assigned_at  timestamp(6) with time zone,
    category     character varying(100)      NOT NULL,
    channel      character varying(20)       NOT NULL,
    customer_id  character varying(100)      NOT NULL,
    filed_at     timestamp(6) with time zone NOT NULL,
    owner_id     character varying(100),
    received_at  timestamp(6) with time zone NOT NULL,
    severity     character varying(20)       NOT NULL
);
CREATE INDEX IF NOT EXISTS analytics_complaint_received ON analytics_complaint (received_at);
