-- A root cause's recurrence counts the complaints of its category (and component) week by week.
CREATE INDEX IF NOT EXISTS analytics_complaint_category ON analytics_complaint (category, component, received_at);
