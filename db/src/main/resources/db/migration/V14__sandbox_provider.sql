-- The built-in sandbox payment provider's own records (docs/decisions/0024-sandbox-provider.md): what a
-- payment service keeps on its side, apart from the platform's payments and ledger, which never join
-- these tables. Ids are the sandbox's own random strings (sbx_pay_..., sbx_ref_..., sbx_po_...,
-- sbx_evt_..., sbx_ntf_...), as a real provider's are; nothing here takes ids from id_sequence.

-- A payment the customer completes on the sandbox's checkout page, found there by its token.
-- reference is the platform's payment id, one sandbox payment per reference (a repeated start answers
-- the first). status: PENDING -> SUCCEEDED | FAILED | CANCELLED; completed_at is when it left PENDING.
CREATE TABLE sandbox_payment (
    id               VARCHAR(40)   NOT NULL,
    reference        VARCHAR(100)  NOT NULL,
    amount_minor     BIGINT        NOT NULL,
    currency         CHAR(3)       NOT NULL,
    description      VARCHAR(200)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    checkout_token   VARCHAR(64)   NOT NULL,
    return_url       VARCHAR(2000) NOT NULL,
    notification_url VARCHAR(2000) NOT NULL,
    card_last4       CHAR(4)       NULL,
    created_at       DATETIME(6)   NOT NULL,
    completed_at     DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_sandbox_payment PRIMARY KEY (id),
    CONSTRAINT uq_sandbox_payment_reference UNIQUE (reference),
    CONSTRAINT uq_sandbox_payment_token UNIQUE (checkout_token),
    CONSTRAINT ck_sandbox_payment_amount CHECK (amount_minor > 0)
);
CREATE INDEX ix_sandbox_payment_completed ON sandbox_payment (completed_at);

-- A refund of part or all of a succeeded payment, once per refund key. It is PENDING until
-- completes_at, when the sandbox's timer makes it SUCCEEDED and queues REFUND_SUCCEEDED.
CREATE TABLE sandbox_refund (
    id           VARCHAR(40)  NOT NULL,
    payment_id   VARCHAR(40)  NOT NULL,
    refund_key   VARCHAR(100) NOT NULL,
    amount_minor BIGINT       NOT NULL,
    currency     CHAR(3)      NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    completes_at DATETIME(6)  NOT NULL,
    completed_at DATETIME(6)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_sandbox_refund PRIMARY KEY (id),
    CONSTRAINT uq_sandbox_refund_key UNIQUE (refund_key),
    CONSTRAINT fk_sandbox_refund_payment FOREIGN KEY (payment_id) REFERENCES sandbox_payment (id),
    CONSTRAINT ck_sandbox_refund_amount CHECK (amount_minor > 0)
);
CREATE INDEX ix_sandbox_refund_payment ON sandbox_refund (payment_id);
CREATE INDEX ix_sandbox_refund_due ON sandbox_refund (status, completes_at);
CREATE INDEX ix_sandbox_refund_completed ON sandbox_refund (completed_at);

-- The platform as the sandbox's customer, one row: where notifications that belong to no payment
-- (payouts) go. A real provider keeps a webhook endpoint per account; the sandbox keeps the one the
-- platform's payments name, replaced when a payment names another. NULL until the first payment.
CREATE TABLE sandbox_account (
    id               VARCHAR(16)   NOT NULL,
    notification_url VARCHAR(2000) NULL,
    updated_at       DATETIME(6)   NULL,
    CONSTRAINT pk_sandbox_account PRIMARY KEY (id)
);
INSERT INTO sandbox_account (id, notification_url, updated_at) VALUES ('platform', NULL, NULL);

-- A payout to a merchant, once per payout key; PENDING until completes_at, then PAID with a
-- PAYOUT_PAID notification to notification_url (the account's when it was sent; none known: none).
CREATE TABLE sandbox_payout (
    id                 VARCHAR(40)   NOT NULL,
    merchant_reference VARCHAR(100)  NOT NULL,
    payout_key         VARCHAR(100)  NOT NULL,
    amount_minor       BIGINT        NOT NULL,
    currency           CHAR(3)       NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    notification_url   VARCHAR(2000) NULL,
    created_at         DATETIME(6)   NOT NULL,
    completes_at       DATETIME(6)   NOT NULL,
    completed_at       DATETIME(6)   NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_sandbox_payout PRIMARY KEY (id),
    CONSTRAINT uq_sandbox_payout_key UNIQUE (payout_key),
    CONSTRAINT ck_sandbox_payout_amount CHECK (amount_minor > 0)
);
CREATE INDEX ix_sandbox_payout_due ON sandbox_payout (status, completes_at);
CREATE INDEX ix_sandbox_payout_completed ON sandbox_payout (completed_at);

-- The outbox: each row is one delivery of a signed notification to target_url, written in the
-- transaction that made the change it reports and sent by the timer after that commit. An event may
-- be delivered by more than one row (the same event_id twice is a duplicate on purpose). A delivery
-- attempt is claimed by moving next_attempt_at past now with a conditional UPDATE on attempts, so
-- one instance sends it; next_attempt_at is NULL once delivered or given up, so the due index holds
-- only what is still to send.
CREATE TABLE sandbox_notification (
    id              VARCHAR(40)   NOT NULL,
    event_id        VARCHAR(40)   NOT NULL,
    event_type      VARCHAR(24)   NOT NULL,
    subject_id      VARCHAR(40)   NOT NULL,
    target_url      VARCHAR(2000) NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NULL,
    last_status     INT           NULL,
    last_error      VARCHAR(300)  NULL,
    created_at      DATETIME(6)   NOT NULL,
    delivered_at    DATETIME(6)   NULL,
    given_up_at     DATETIME(6)   NULL,
    CONSTRAINT pk_sandbox_notification PRIMARY KEY (id)
);
CREATE INDEX ix_sandbox_notification_due ON sandbox_notification (next_attempt_at);
CREATE INDEX ix_sandbox_notification_subject ON sandbox_notification (subject_id);
