-- A filing reads when its customers' earlier complaints were closed (similarOpenComplaintIds): only the closed ones,
-- by this partial index, instead of fetching every complaint of the customer to drop the open ones.
CREATE INDEX IF NOT EXISTS intake_complaint_customer_closed ON intake_complaint (customer_id, complaint_id, closed_at)
    WHERE closed_at IS NOT NULL;
