-- Idempotency keys are scoped to the calling client (the token's subject) and remember the request they answered
-- (a SHA-256 of its canonical JSON), so that a reuse with another body is refused; an externalRef is a key of its
-- own kind. Not part of the view: the log cannot rebuild it, and a rebuild never touches it. Keys stored before
-- this migration belonged to no client and are dropped: a repeat of one of them files a new complaint.
DROP TABLE IF EXISTS intake_idempotency_key;

CREATE TABLE intake_request_key (
    client_id    character varying(200)      NOT NULL,
    kind         character varying(20)       NOT NULL,
    request_key  character varying(200)      NOT NULL,
    request_hash bytea                       NOT NULL,
    complaint_id uuid                        NOT NULL,
    created_at   timestamp(6) with time zone NOT NULL,
    PRIMARY KEY (client_id, kind, request_key)
);
-- Keys older than redress.idempotency.retention are pruned by their age.
CREATE INDEX intake_request_key_created_at ON intake_request_key (created_at);
