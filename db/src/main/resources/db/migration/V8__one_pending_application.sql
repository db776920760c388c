-- One pending merchant application per account, kept by the database: the column holds the
-- applicant while the application waits and is cleared by the decision (NULLs do not clash).
ALTER TABLE merchant_application ADD COLUMN pending_account_id BIGINT NULL;
UPDATE merchant_application SET pending_account_id = account_id WHERE status = 'PENDING';
ALTER TABLE merchant_application
    ADD CONSTRAINT uq_merchant_application_pending UNIQUE (pending_account_id);
