-- One table for every request made safe to repeat with an Idempotency-Key (bookings, walk-ins,
-- cancellations, no-shows; payments and orders next): what the request was and what it produced,
-- named by type and id instead of a foreign key to one table (docs/decisions/0020-one-idempotency-mechanism.md).
CREATE TABLE idempotent_request (
    caller_id    BIGINT       NOT NULL,
    idem_key     VARCHAR(100) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    result_type  VARCHAR(32)  NULL,
    result_id    BIGINT       NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_idempotent_request PRIMARY KEY (caller_id, idem_key),
    CONSTRAINT fk_idempotent_request_caller FOREIGN KEY (caller_id) REFERENCES account (id)
);
CREATE INDEX ix_idempotent_request_created ON idempotent_request (created_at);

INSERT INTO idempotent_request (caller_id, idem_key, request_hash, result_type, result_id, created_at)
    SELECT account_id, idem_key, request_hash, 'reservation', reservation_id, created_at
    FROM idempotency_record;

DROP TABLE idempotency_record;
