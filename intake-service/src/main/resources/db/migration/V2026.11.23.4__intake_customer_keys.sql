-- Personal fields arrive encrypted (redress-enc:v1:...), longer than the plain text: the view keeps them as text.
ALTER TABLE intake_complaint ALTER COLUMN customer_name TYPE text;

-- Customers' data keys, wrapped with the key-encryption key. Not part of the view: never rebuilt, never dropped by a
-- rebuild. Deleting a row erases what the log holds of that customer.
CREATE TABLE IF NOT EXISTS intake_customer_key (
    customer_id character varying(100)      NOT NULL PRIMARY KEY,
    key_id      uuid                        NOT NULL,
    wrapped_key bytea                       NOT NULL,
    created_at  timestamp(6) with time zone NOT NULL
);
