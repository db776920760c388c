-- Settlement (docs/decisions/0026-settlement.md): a merchant's released money, day by day, becomes a
-- statement with one line per ledger credit to the merchant's MERCHANT_PAYABLE account, and a payout
-- the provider is asked for after the statement commits (the outbox pattern of payment_refund).

-- One statement per merchant, currency and business day (UTC); cut_off is the instant up to which
-- (exclusive) the credits it settles were made. Amounts in minor units; net = gross - commission
-- + returned, and is what the payout carries.
CREATE TABLE settlement_statement (
    id               BIGINT      NOT NULL,
    merchant_id      BIGINT      NOT NULL,
    currency         CHAR(3)     NOT NULL,
    business_day     DATE        NOT NULL,
    cut_off          DATETIME(6) NOT NULL,
    paid_minor       BIGINT      NOT NULL,
    refunded_minor   BIGINT      NOT NULL,
    gross_minor      BIGINT      NOT NULL,
    commission_minor BIGINT      NOT NULL,
    returned_minor   BIGINT      NOT NULL,
    net_minor        BIGINT      NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT pk_settlement_statement PRIMARY KEY (id),
    CONSTRAINT uq_settlement_statement_day UNIQUE (merchant_id, currency, business_day),
    CONSTRAINT fk_settlement_statement_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT ck_settlement_statement_net CHECK (net_minor = gross_minor - commission_minor + returned_minor)
);
CREATE INDEX ix_settlement_statement_day ON settlement_statement (business_day);

-- A line settles one ledger transfer that credited the merchant's payable account: a booking's
-- merchant share (with its commission leg, what was paid and what went back to the customer) or a
-- payout that failed and came back. transfer_id is unique: a credit is settled at most once.
CREATE TABLE settlement_line (
    id               BIGINT      NOT NULL,
    statement_id     BIGINT      NOT NULL,
    transfer_id      BIGINT      NOT NULL,
    kind             VARCHAR(16) NOT NULL,
    subject_type     VARCHAR(16) NOT NULL,
    subject_id       BIGINT      NOT NULL,
    paid_minor       BIGINT      NOT NULL,
    refunded_minor   BIGINT      NOT NULL,
    gross_minor      BIGINT      NOT NULL,
    commission_minor BIGINT      NOT NULL,
    net_minor        BIGINT      NOT NULL,
    credited_at      DATETIME(6) NOT NULL,
    CONSTRAINT pk_settlement_line PRIMARY KEY (id),
    CONSTRAINT uq_settlement_line_transfer UNIQUE (transfer_id),
    CONSTRAINT fk_settlement_line_statement FOREIGN KEY (statement_id) REFERENCES settlement_statement (id),
    CONSTRAINT fk_settlement_line_transfer FOREIGN KEY (transfer_id) REFERENCES ledger_transfer (id),
    CONSTRAINT ck_settlement_line_kind CHECK (kind IN ('BOOKING', 'RETURNED_PAYOUT', 'OTHER')),
    CONSTRAINT ck_settlement_line_net CHECK (net_minor > 0)
);
CREATE INDEX ix_settlement_line_statement ON settlement_line (statement_id);

-- The payout of a statement's net: REQUESTED with the statement, claimed (SENDING) and sent to the
-- provider after commit, again with backoff until it takes it (SENT), then PAID or FAILED by the
-- provider's notification. payout_key is the provider's idempotency key and comes back in its events.
CREATE TABLE payout (
    id                 BIGINT       NOT NULL,
    statement_id       BIGINT       NOT NULL,
    merchant_id        BIGINT       NOT NULL,
    amount_minor       BIGINT       NOT NULL,
    currency           CHAR(3)      NOT NULL,
    provider           VARCHAR(32)  NOT NULL,
    destination        VARCHAR(100) NOT NULL,
    payout_key         VARCHAR(100) NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    provider_payout_id VARCHAR(100) NULL,
    attempts           INT          NOT NULL DEFAULT 0,
    next_attempt_at    DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    completed_at       DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_payout PRIMARY KEY (id),
    CONSTRAINT uq_payout_statement UNIQUE (statement_id),
    CONSTRAINT uq_payout_key UNIQUE (payout_key),
    CONSTRAINT fk_payout_statement FOREIGN KEY (statement_id) REFERENCES settlement_statement (id),
    CONSTRAINT ck_payout_amount CHECK (amount_minor > 0),
    CONSTRAINT ck_payout_status CHECK (status IN ('REQUESTED', 'SENDING', 'SENT', 'PAID', 'FAILED'))
);
CREATE INDEX ix_payout_due ON payout (status, next_attempt_at);

INSERT INTO id_sequence (name, next_val) VALUES ('settlement_statement', 0);
INSERT INTO id_sequence (name, next_val) VALUES ('settlement_line', 0);
INSERT INTO id_sequence (name, next_val) VALUES ('payout', 0);

-- The sandbox's side: payout destinations its "dashboard" marked closed. A payout to one of them
-- completes FAILED (PAYOUT_FAILED) instead of PAID: the sandbox's test destination (decision 0024).
CREATE TABLE sandbox_closed_destination (
    merchant_reference VARCHAR(100) NOT NULL,
    closed_at          DATETIME(6)  NOT NULL,
    CONSTRAINT pk_sandbox_closed_destination PRIMARY KEY (merchant_reference)
);
