-- Erasure in intake's view (IntakeProjection version 2): a complaint whose customer asked to be forgotten keeps its
-- counts and times but not its personal fields.
ALTER TABLE intake_complaint ALTER COLUMN description DROP NOT NULL;
ALTER TABLE intake_complaint ADD COLUMN IF NOT EXISTS erased boolean NOT NULL DEFAULT false;

-- Customers whose personal data was erased, and when (the latest request). Part of the view: rebuilt from
-- CustomerDataErased, so that a complaint applied after the erasure (its event on another partition) is erased too.
CREATE TABLE IF NOT EXISTS intake_erased_customer (
    customer_id character varying(100)      NOT NULL PRIMARY KEY,
    erased_at   timestamp(6) with time zone NOT NULL
);
