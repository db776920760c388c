-- How an offering is paid for (docs/decisions/0023-money-model.md): at the venue (as before), a
-- deposit per booking or per person, or the whole price online; and what a cancellation inside the
-- cancellation window gets back.
ALTER TABLE offering ADD COLUMN payment_mode VARCHAR(16) NOT NULL DEFAULT 'AT_VENUE';
ALTER TABLE offering ADD COLUMN deposit_minor BIGINT NULL;
ALTER TABLE offering ADD COLUMN deposit_per_person BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE offering ADD COLUMN late_cancel_refund_percent INT NOT NULL DEFAULT 0;
ALTER TABLE offering ADD CONSTRAINT ck_offering_late_cancel_refund
    CHECK (late_cancel_refund_percent BETWEEN 0 AND 100);

-- A reservation's online payment: one per reservation. Its status only moves forward; the escrow it
-- puts in the ledger is the pending transfer held_transfer_id.
CREATE TABLE payment (
    id                  BIGINT        NOT NULL,
    reservation_id      BIGINT        NOT NULL,
    account_id          BIGINT        NOT NULL,
    merchant_id         BIGINT        NOT NULL,
    provider            VARCHAR(32)   NOT NULL,
    provider_payment_id VARCHAR(100)  NULL,
    checkout_url        VARCHAR(1000) NULL,
    amount_minor        BIGINT        NOT NULL,
    currency            CHAR(3)       NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    refunded_minor      BIGINT        NOT NULL DEFAULT 0,
    late_cancel_refund_percent INT    NOT NULL,
    held_transfer_id    BIGINT        NULL,
    escrow_resolved_at  DATETIME(6)   NULL,
    created_at          DATETIME(6)   NOT NULL,
    succeeded_at        DATETIME(6)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_payment PRIMARY KEY (id),
    CONSTRAINT uq_payment_reservation UNIQUE (reservation_id),
    CONSTRAINT uq_payment_provider_id UNIQUE (provider, provider_payment_id),
    CONSTRAINT fk_payment_reservation FOREIGN KEY (reservation_id) REFERENCES reservation (id),
    CONSTRAINT ck_payment_amount CHECK (amount_minor > 0),
    CONSTRAINT ck_payment_refunded CHECK (refunded_minor >= 0 AND refunded_minor <= amount_minor)
);
CREATE INDEX ix_payment_account ON payment (account_id, created_at);

-- Refunds the platform asks the provider for: written with the decision (in its transaction), sent
-- after commit and again until the provider takes them; one per payment and reason (refund_key).
CREATE TABLE payment_refund (
    id                 BIGINT       NOT NULL,
    payment_id         BIGINT       NOT NULL,
    amount_minor       BIGINT       NOT NULL,
    reason             VARCHAR(32)  NOT NULL,
    refund_key         VARCHAR(100) NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    provider_refund_id VARCHAR(100) NULL,
    attempts           INT          NOT NULL DEFAULT 0,
    next_attempt_at    DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    completed_at       DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_payment_refund PRIMARY KEY (id),
    CONSTRAINT uq_payment_refund_key UNIQUE (refund_key),
    CONSTRAINT fk_payment_refund_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT ck_payment_refund_amount CHECK (amount_minor > 0)
);
CREATE INDEX ix_payment_refund_due ON payment_refund (status, next_attempt_at);

-- Every provider notification applied, by its event id: recorded in the transaction that applies
-- it, so a repeated delivery finds it and changes nothing.
CREATE TABLE payment_event (
    provider    VARCHAR(32)  NOT NULL,
    event_id    VARCHAR(100) NOT NULL,
    event_type  VARCHAR(32)  NOT NULL,
    received_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_payment_event PRIMARY KEY (provider, event_id)
);

INSERT INTO id_sequence (name, next_val) VALUES ('payment', 0);
INSERT INTO id_sequence (name, next_val) VALUES ('payment_refund', 0);
