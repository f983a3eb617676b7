-- complaint-facts version 4: how many assignments each complaint has had. With one, the owner as of any moment from
-- assigned_at on is owner_id, so the hot spots by owner look up the latest assignment in analytics_occurrence only
-- for reassigned complaints. Not indexed: a step still updates the row in place. Version 4 rebuilds the read model
-- from the log at start-up, which fills it.
ALTER TABLE analytics_complaint ADD COLUMN IF NOT EXISTS assignments int NOT NULL DEFAULT 0;
