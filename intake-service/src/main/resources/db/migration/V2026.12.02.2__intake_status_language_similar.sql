-- Similar open complaints are the customer's complaints in the same category or on the same component that were not
-- closed when the new one was received: the history keeps each filing's component, the view when it was closed.
ALTER TABLE intake_customer_filing ADD COLUMN IF NOT EXISTS component character varying(100);
ALTER TABLE intake_complaint ADD COLUMN IF NOT EXISTS closed_at timestamp(6) with time zone;
-- The language follow-ups should use (BCP 47), when the source system knew it.
ALTER TABLE intake_complaint ADD COLUMN IF NOT EXISTS language character varying(35);
-- Where the complaint stands as every service's events move it, and who owns it (read model complaints, version 2).
ALTER TABLE intake_complaint ADD COLUMN IF NOT EXISTS status character varying(20) NOT NULL DEFAULT 'FILED';
ALTER TABLE intake_complaint ADD COLUMN IF NOT EXISTS owner_id character varying(100);
