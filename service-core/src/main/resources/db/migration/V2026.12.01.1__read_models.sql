-- Many read models per service (service-core): each records the version that built it, and a rebuild marker says
-- which read models its rebuild is for (null: every one).
CREATE TABLE IF NOT EXISTS read_model_version (
    read_model character varying(100)      NOT NULL PRIMARY KEY,
    version    integer                     NOT NULL,
    built_at   timestamp(6) with time zone NOT NULL
);
ALTER TABLE rebuild_marker ADD COLUMN IF NOT EXISTS read_models text;
-- One version for the whole view is gone: a view without read_model_version rows that has applied records is
-- rebuilt once at its first start with this release.
DROP TABLE IF EXISTS view_version;
-- Timer names are up to their services; subjects are complaint, customer or root-cause ids.
ALTER TABLE due_timer ALTER COLUMN name TYPE text, ALTER COLUMN subject TYPE text;
