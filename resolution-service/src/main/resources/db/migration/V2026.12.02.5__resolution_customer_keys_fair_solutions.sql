-- Customers' data keys for the personal fields resolution writes (a customer's words on ComplaintResolved): this
-- service's own state, never rebuilt (destroying a key is the erasure).
CREATE TABLE IF NOT EXISTS resolution_customer_key (
    customer_id character varying(100)      NOT NULL PRIMARY KEY,
    key_id      uuid                        NOT NULL,
    wrapped_key bytea                       NOT NULL,
    created_at  timestamp(6) with time zone NOT NULL
);

-- Read model fair-solutions: what the customer said would be fair, sealed as the log has it.
CREATE TABLE IF NOT EXISTS resolution_fair_solution (
    complaint_id uuid                   NOT NULL PRIMARY KEY,
    customer_id  character varying(100) NOT NULL,
    sealed       text                   NOT NULL
);
