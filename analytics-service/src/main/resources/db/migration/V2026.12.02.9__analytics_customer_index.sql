-- Recovery and customers at risk read a customer's complaints in receipt order.
CREATE INDEX IF NOT EXISTS analytics_complaint_customer ON analytics_complaint (customer_id, received_at);
