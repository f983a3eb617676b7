-- Read model root-causes version 2: when each root cause's corrective action took effect (RootCauseIdentified.correctedAt).
ALTER TABLE analytics_root_cause ADD COLUMN corrected_at timestamp(6) with time zone;
CREATE INDEX analytics_root_cause_identified ON analytics_root_cause (identified_at DESC, root_cause_id DESC);
