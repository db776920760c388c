-- Reconciliation of the ledger with the payment provider (docs/decisions/0027-reconciliation.md): one
-- row per run over a window of time, with what matched and what did not. A run is written in one
-- transaction, so a run that failed half-way left nothing.

-- run_day is the day of the daily job's run and NULL for a run an administrator asked for: its unique
-- key lets one instance's daily run in per day (NULLs never clash, so on-demand runs are not limited).
-- status: CLEAN (nothing to look at) or MISMATCHED.
CREATE TABLE reconciliation_run (
    id             BIGINT      NOT NULL,
    run_trigger    VARCHAR(16) NOT NULL,
    run_day        DATE        NULL,
    provider       VARCHAR(32) NOT NULL,
    window_from    DATETIME(6) NOT NULL,
    window_to      DATETIME(6) NOT NULL,
    started_at     DATETIME(6) NOT NULL,
    finished_at    DATETIME(6) NULL,
    matched_count  INT         NOT NULL DEFAULT 0,
    mismatch_count INT         NOT NULL DEFAULT 0,
    status         VARCHAR(16) NOT NULL,
    requested_by   BIGINT      NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_reconciliation_run PRIMARY KEY (id),
    CONSTRAINT uq_reconciliation_run_day UNIQUE (run_day),
    CONSTRAINT ck_reconciliation_run_trigger CHECK (run_trigger IN ('DAILY', 'ON_DEMAND')),
    CONSTRAINT ck_reconciliation_run_status CHECK (status IN ('CLEAN', 'MISMATCHED')),
    CONSTRAINT ck_reconciliation_run_window CHECK (window_from < window_to)
);
CREATE INDEX ix_reconciliation_run_started ON reconciliation_run (started_at, id);

-- What a run found wrong. kind: missing-in-ledger (the provider has it, the platform does not, or not
-- as completed), missing-at-provider (the other way round), amount-differs, ledger-invariant (a rule
-- of Ledger.check()). Amounts in minor units of currency, NULL where a side has none.
CREATE TABLE reconciliation_mismatch (
    id                    BIGINT       NOT NULL,
    run_id                BIGINT       NOT NULL,
    kind                  VARCHAR(32)  NOT NULL,
    reference             VARCHAR(120) NOT NULL,
    provider_amount_minor BIGINT       NULL,
    platform_amount_minor BIGINT       NULL,
    currency              CHAR(3)      NULL,
    detail                VARCHAR(500) NOT NULL,
    CONSTRAINT pk_reconciliation_mismatch PRIMARY KEY (id),
    CONSTRAINT fk_reconciliation_mismatch_run FOREIGN KEY (run_id) REFERENCES reconciliation_run (id)
);
CREATE INDEX ix_reconciliation_mismatch_run ON reconciliation_mismatch (run_id, id);

INSERT INTO id_sequence (name, next_val) VALUES ('reconciliation_run', 0);
INSERT INTO id_sequence (name, next_val) VALUES ('reconciliation_mismatch', 0);
