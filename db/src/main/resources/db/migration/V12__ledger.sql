-- The escrow ledger: double-entry, append-only, two-phase transfers (docs/decisions/0023-money-model.md).
-- No code path updates or deletes a ledger_transfer row; a correction is a new transfer. Balances are
-- not stored: they are sums over the transfers (the decision's addendum says why).

-- An account holds one currency. Merchant accounts (ESCROW, MERCHANT_PAYABLE, PAYOUTS_IN_FLIGHT) have
-- an owner, PROVIDER_CLEARING a provider, PLATFORM_COMMISSION neither. A unique key over the nullable
-- columns would let two platform accounts in (NULLs never clash), so account_key spells the account
-- (type:owner:provider:currency, '-' for none) and carries the uniqueness.
CREATE TABLE ledger_account (
    id           BIGINT       NOT NULL,
    account_type VARCHAR(24)  NOT NULL,
    owner_id     BIGINT       NULL,
    provider     VARCHAR(32)  NULL,
    currency     CHAR(3)      NOT NULL,
    account_key  VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_ledger_account PRIMARY KEY (id),
    CONSTRAINT uq_ledger_account_key UNIQUE (account_key),
    CONSTRAINT fk_ledger_account_owner FOREIGN KEY (owner_id) REFERENCES merchant (id),
    CONSTRAINT ck_ledger_account_type CHECK (account_type IN
        ('PROVIDER_CLEARING', 'ESCROW', 'MERCHANT_PAYABLE', 'PLATFORM_COMMISSION', 'PAYOUTS_IN_FLIGHT')),
    CONSTRAINT ck_ledger_account_shape CHECK (
        (account_type = 'PROVIDER_CLEARING' AND provider IS NOT NULL AND owner_id IS NULL)
        OR (account_type = 'PLATFORM_COMMISSION' AND provider IS NULL AND owner_id IS NULL)
        OR (account_type IN ('ESCROW', 'MERCHANT_PAYABLE', 'PAYOUTS_IN_FLIGHT')
            AND provider IS NULL AND owner_id IS NOT NULL))
);

-- One amount from one account to another. PENDING counts in the pending balances until a POST
-- (posts up to its amount; the rest is released) or a VOID (releases all of it) resolves it; POSTED
-- is posted at once. pending_id is the pending transfer a POST or VOID resolves; its unique key lets
-- a pending transfer be resolved at most once, whatever races to do it.
CREATE TABLE ledger_transfer (
    id                BIGINT       NOT NULL,
    kind              VARCHAR(8)   NOT NULL,
    debit_account_id  BIGINT       NOT NULL,
    credit_account_id BIGINT       NOT NULL,
    amount_minor      BIGINT       NOT NULL,
    currency          CHAR(3)      NOT NULL,
    subject_type      VARCHAR(16)  NOT NULL,
    subject_id        BIGINT       NOT NULL,
    reason            VARCHAR(32)  NOT NULL,
    idempotency_key   VARCHAR(120) NOT NULL,
    pending_id        BIGINT       NULL,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT pk_ledger_transfer PRIMARY KEY (id),
    CONSTRAINT uq_ledger_transfer_key UNIQUE (idempotency_key),
    CONSTRAINT uq_ledger_transfer_pending UNIQUE (pending_id),
    CONSTRAINT fk_ledger_transfer_debit FOREIGN KEY (debit_account_id) REFERENCES ledger_account (id),
    CONSTRAINT fk_ledger_transfer_credit FOREIGN KEY (credit_account_id) REFERENCES ledger_account (id),
    CONSTRAINT fk_ledger_transfer_pending FOREIGN KEY (pending_id) REFERENCES ledger_transfer (id),
    CONSTRAINT ck_ledger_transfer_kind CHECK (kind IN ('PENDING', 'POST', 'VOID', 'POSTED')),
    CONSTRAINT ck_ledger_transfer_amount CHECK (amount_minor > 0),
    CONSTRAINT ck_ledger_transfer_accounts CHECK (debit_account_id <> credit_account_id),
    CONSTRAINT ck_ledger_transfer_resolves CHECK (
        (kind IN ('POST', 'VOID') AND pending_id IS NOT NULL)
        OR (kind IN ('PENDING', 'POSTED') AND pending_id IS NULL))
);
CREATE INDEX ix_ledger_transfer_debit ON ledger_transfer (debit_account_id, kind, amount_minor);
CREATE INDEX ix_ledger_transfer_credit ON ledger_transfer (credit_account_id, kind, amount_minor);
CREATE INDEX ix_ledger_transfer_subject ON ledger_transfer (subject_type, subject_id);

INSERT INTO id_sequence (name, next_val) VALUES ('ledger_account', 0);
INSERT INTO id_sequence (name, next_val) VALUES ('ledger_transfer', 0);

-- Commission in basis points (1000 = 10 %): the platform default, one row, and a merchant's
-- override, which wins while it exists. The default as seeded here was set by nobody yet (no
-- updated_at, no updated_by).
CREATE TABLE commission_default (
    id           INT         NOT NULL,
    basis_points INT         NOT NULL,
    updated_at   DATETIME(6) NULL,
    updated_by   BIGINT      NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_commission_default PRIMARY KEY (id),
    CONSTRAINT ck_commission_default_one CHECK (id = 1),
    CONSTRAINT ck_commission_default_bp CHECK (basis_points BETWEEN 0 AND 10000)
);

CREATE TABLE merchant_commission (
    merchant_id  BIGINT      NOT NULL,
    basis_points INT         NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    updated_by   BIGINT      NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_merchant_commission PRIMARY KEY (merchant_id),
    CONSTRAINT fk_merchant_commission_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT ck_merchant_commission_bp CHECK (basis_points BETWEEN 0 AND 10000)
);

INSERT INTO commission_default (id, basis_points, updated_at, updated_by, version)
    VALUES (1, 1000, NULL, NULL, 0);
