-- What each complaint adds to its customer's defection-risk score, counted over all its steps (summary-rollup v5):
-- the customers at risk add these up instead of counting every complaint's occurrences. The counts hold for an asOf
-- at or after counted_until; for the few complaints with a counted step after asOf the answer counts their
-- occurrences up to it. None of these columns is indexed, so a step still updates the row in place. Version 5
-- rebuilds the read model from the log at start-up, which fills them.
ALTER TABLE analytics_rollup_complaint
    ADD COLUMN IF NOT EXISTS lifetime_value numeric,
    ADD COLUMN IF NOT EXISTS resolutions int NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS reopenings int NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS unhappy int NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS lukewarm int NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS last_contact_at timestamptz,
    ADD COLUMN IF NOT EXISTS breached_at timestamptz,
    ADD COLUMN IF NOT EXISTS closed_at timestamptz,
    ADD COLUMN IF NOT EXISTS counted_until timestamptz;
